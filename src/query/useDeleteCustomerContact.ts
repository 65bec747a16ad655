'use client';
import { customerContactKeys } from './customerContactKeys';
import { customerContactMutationKeys } from './customerContactMutationKeys';
import { deleteChange } from './optimisticContactUpdates';
import {
  useCustomerContactMutation,
  type CustomerContactMutationOptions,
  type CustomerContactMutationResult,
  type CustomerContactWrite,
} from './useCustomerContactMutation';

export interface DeleteCustomerContactVariables {
  customerId: number;
  contactId: number;
}

export type UseDeleteCustomerContactOptions<TOnMutateResult = unknown> = CustomerContactMutationOptions<
  void,
  DeleteCustomerContactVariables,
  TOnMutateResult
>;

export type UseDeleteCustomerContactResult<TOnMutateResult = unknown> = CustomerContactMutationResult<
  void,
  DeleteCustomerContactVariables,
  TOnMutateResult
>;

const deleteContact: CustomerContactWrite<void, DeleteCustomerContactVariables> = {
  method: 'DELETE',
  mutationKey: (storeId) => customerContactMutationKeys.delete(storeId),
  send: (client, { customerId, contactId }) => client.deleteCustomerContact({ customerId, contactId }),
  optimisticChange: (_queryClient, _storeId, { contactId }) => deleteChange(contactId),
  onApplied: (queryClient, storeId, { customerId, contactId }) => {
    queryClient.removeQueries({
      queryKey: customerContactKeys.detail(storeId, customerId, contactId),
      exact: true,
    });
  },
};

/**
 * Deletes one contact (`DELETE`, needs the `update_customers` scope: Ecwid has no delete scope). The
 * contact leaves the customer's cached list at once, and its detail entry once Ecwid confirms. On
 * failure the contact comes back and the error reaches the caller. Retried like an update (a repeated
 * DELETE deletes nothing more), unless the options or the host's mutation defaults say otherwise.
 */
export function useDeleteCustomerContact<TOnMutateResult = unknown>(
  options: UseDeleteCustomerContactOptions<TOnMutateResult> = {},
): UseDeleteCustomerContactResult<TOnMutateResult> {
  return useCustomerContactMutation(deleteContact, options);
}
