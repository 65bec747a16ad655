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
export { customerContactMutationKeys, customerContactWriteFilters } from './customerContactMutationKeys';
export type { CustomerContactWriteContext } from './useCustomerContactMutation';
export {
  useCreateCustomerContact,
  type CreateCustomerContactVariables,
  type UseCreateCustomerContactOptions,
  type UseCreateCustomerContactResult,
} from './useCreateCustomerContact';
export {
  useUpdateCustomerContact,
  type UpdateCustomerContactVariables,
  type UseUpdateCustomerContactOptions,
  type UseUpdateCustomerContactResult,
} from './useUpdateCustomerContact';
export {
  useDeleteCustomerContact,
  type DeleteCustomerContactVariables,
  type UseDeleteCustomerContactOptions,
  type UseDeleteCustomerContactResult,
} from './useDeleteCustomerContact';
export {
  usePendingCustomerContactCreations,
  type PendingCustomerContactCreationsIds,
} from './usePendingCustomerContactCreations';
