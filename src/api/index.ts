export { CONTACT_TYPES, isContactType, type ContactType } from './contactTypes';
