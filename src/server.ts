// Server-safe entry: nothing here imports React client code, so React Server Components
// can use it to prefetch.
export { CONTACT_TYPES, isContactType, type ContactType } from './api/contactTypes';
