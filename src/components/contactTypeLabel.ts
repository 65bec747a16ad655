import type { ContactType } from '../api/contactTypes';
import { knownContactType } from './knownContactType';
import { resolveLabels, type ContactCardLabelsOverride } from './labels';

/**
 * The human name of a contact type ("WhatsApp", "Facebook Messenger").
 *
 * `locale` is either a labels object (a shipped locale such as `de` from
 * `ecwid-contact-card/locales/de`, or your own partial overrides) or a BCP 47 tag. Only English
 * is built in, so a tag alone always gives English: translations cost nothing until imported.
 * Unknown types get the OTHER label.
 */
export function contactTypeLabel(type: ContactType, locale?: string | ContactCardLabelsOverride): string {
  const labels = resolveLabels(typeof locale === 'object' ? locale : undefined);
  return labels.types[knownContactType(type)];
}
