import { isContactType, type ContactType } from '../api/contactTypes';
import { en, type ContactCardLabelsOverride } from './labels';

/**
 * The human name of a contact type ("WhatsApp", "Facebook Messenger").
 *
 * `locale` is either a labels object (a shipped locale such as `de` from
 * `ecwid-contact-card/locales/de`, or your own partial overrides) or a BCP 47 tag. Only English
 * is built in, so a tag alone always gives English: translations cost nothing until imported.
 * Unknown types get the OTHER label.
 */
export function contactTypeLabel(type: ContactType, locale?: string | ContactCardLabelsOverride): string {
  const known: ContactType = isContactType(type) ? type : 'OTHER';
  const override = typeof locale === 'object' && locale !== null ? locale.types?.[known] : undefined;
  return override ?? en.types[known];
}
