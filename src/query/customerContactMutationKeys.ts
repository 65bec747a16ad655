import type { MutationFilters } from '@tanstack/react-query';
import { customerContactKeys } from './customerContactKeys';

/**
 * Mutation keys for the contact writes, from general to specific, so a host can set defaults for all
 * of them (`queryClient.setMutationDefaults(customerContactMutationKeys.all, { retry: false })`), for
 * one store, or for one operation. A hook's key is fixed when it renders while the customer arrives
 * with each call's variables, so the customer is matched on the variables (`customerContactWriteFilters`).
 */
export const customerContactMutationKeys = {
  all: [...customerContactKeys.all, 'write'] as const,
  store: (storeId: number) => [...customerContactMutationKeys.all, storeId] as const,
  create: (storeId: number) => [...customerContactMutationKeys.store(storeId), 'create'] as const,
  update: (storeId: number) => [...customerContactMutationKeys.store(storeId), 'update'] as const,
  delete: (storeId: number) => [...customerContactMutationKeys.store(storeId), 'delete'] as const,
};

/** Whether a mutation's variables are a write to this customer's contacts. */
function isWriteForCustomer(variables: unknown, customerId: number): boolean {
  return (
    typeof variables === 'object' &&
    variables !== null &&
    'customerId' in variables &&
    variables.customerId === customerId
  );
}

/** Filters for the writes to one customer's contacts among the mutations under `mutationKey`. */
export function customerContactWriteFilters(
  mutationKey: readonly unknown[],
  customerId: number,
): MutationFilters {
  return { mutationKey, predicate: (mutation) => isWriteForCustomer(mutation.state.variables, customerId) };
}
