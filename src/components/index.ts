export { ContactCard, type ContactCardProps } from './ContactCard';
export { ContactCardView, type ContactCardViewProps } from './ContactCardView';
export type { ContactCardSharedProps } from './contactCardProps';
export { ContactIcon, type ContactIconProps } from './ContactIcon';
export { contactHref, type ContactHrefInput } from './contactHref';
export { contactTypeLabel } from './contactTypeLabel';
export { en, type ContactCardLabels, type ContactCardLabelsOverride } from './labels';
export type { DataAttributes } from './dataAttributes';
export {
  CustomerContacts,
  type CustomerContactsHeadingLevel,
  type CustomerContactsProps,
} from './CustomerContacts';
export {
  customerContactsEn,
  type CustomerContactsLabels,
  type CustomerContactsLabelsOverride,
} from './customerContactsLabels';
export { AddContactForm, type AddContactFormProps } from './AddContactForm';
export {
  addContactFormEn,
  type AddContactFormLabels,
  type AddContactFormLabelsOverride,
} from './addContactFormLabels';
