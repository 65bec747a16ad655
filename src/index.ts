export { CONTACT_TYPES, isContactType, type ContactType } from './api/contactTypes';
export { ContactIcon, type ContactIconProps } from './components/ContactIcon';
export { contactTypeLabel } from './components/contactTypeLabel';
