import type { ContactType } from '../../api/contactTypes';
import { knownContactType } from './knownContactType';
import { resolveLabels, type ContactCardLabelsOverride } from '../labels/labels';

/**
 * The human name of a contact type ("WhatsApp", "Facebook Messenger"), in English or from
 * `labels`: a shipped locale such as `de` from `ecwid-contact-card/locales/de`, or your own
 * partial overrides (missing names fall back to English). Unknown types get the OTHER label.
 */
export function contactTypeLabel(type: ContactType, labels?: ContactCardLabelsOverride): string {
  return resolveLabels(labels).types[knownContactType(type)];
}
