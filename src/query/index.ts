export {
  customerContactKeys,
  type CustomerContactDetailKey,
  type CustomerContactListKey,
} from './customerContactKeys';
export { customerContactQueryOptions, type CustomerContactIds } from './customerContactQueryOptions';
export { customerContactsQueryOptions, type CustomerContactsIds } from './customerContactsQueryOptions';
export { withLibraryDefaults } from './withLibraryDefaults';
export { EcwidProvider, type EcwidProviderProps } from './EcwidProvider';
export { useEcwidClient } from './useEcwidClient';
export { useCustomerContact, type UseCustomerContactOptions } from './useCustomerContact';
export {
  useSuspenseCustomerContact,
  type UseSuspenseCustomerContactOptions,
} from './useSuspenseCustomerContact';
export { useCustomerContacts, type UseCustomerContactsOptions } from './useCustomerContacts';
