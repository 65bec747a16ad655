export { ContactCard, type ContactCardProps } from './card/ContactCard';
export { ContactCardView, type ContactCardViewProps } from './card/ContactCardView';
export type { ContactCardSharedProps } from './card/contactCardProps';
export { ContactIcon, type ContactIconProps } from './card/ContactIcon';
export { contactHref, type ContactHrefInput } from './card/contactHref';
export { contactTypeLabel } from './card/contactTypeLabel';
export { en, type ContactCardLabels, type ContactCardLabelsOverride } from './labels/labels';
export type { DataAttributes } from './dataAttributes';
export {
  CustomerContacts,
  type CustomerContactsHeadingLevel,
  type CustomerContactsProps,
} from './contactsList/CustomerContacts';
export {
  customerContactsEn,
  type CustomerContactsLabels,
  type CustomerContactsLabelsOverride,
} from './labels/customerContactsLabels';
export { AddContactForm, type AddContactFormProps } from './contactForm/AddContactForm';
export {
  addContactFormEn,
  type AddContactFormLabels,
  type AddContactFormLabelsOverride,
} from './labels/addContactFormLabels';
