'use client';
import { isEcwidApiError, type EcwidClient } from '../api/index';
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

/**
 * Sends the DELETE; a 404 is the contact already gone, which is what was asked. That is how a retried
 * DELETE ends whose first try Ecwid applied but whose answer was lost (a timeout, a 5xx).
 */
async function deleteUnlessGone(
  client: EcwidClient,
  { customerId, contactId }: DeleteCustomerContactVariables,
): Promise<void> {
  try {
    await client.deleteCustomerContact({ customerId, contactId });
  } catch (error) {
    if (!isEcwidApiError(error) || error.kind !== 'not-found') throw error;
  }
}

const deleteContact: CustomerContactWrite<void, DeleteCustomerContactVariables> = {
  method: 'DELETE',
  mutationKey: (storeId) => customerContactMutationKeys.delete(storeId),
  send: deleteUnlessGone,
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
 * failure the contact comes back and the error reaches the caller; a contact Ecwid no longer has (404)
 * counts as deleted. Retried like an update (a repeated
 * DELETE deletes nothing more), unless the options or the host's mutation defaults say otherwise.
 */
export function useDeleteCustomerContact<TOnMutateResult = unknown>(
  options: UseDeleteCustomerContactOptions<TOnMutateResult> = {},
): UseDeleteCustomerContactResult<TOnMutateResult> {
  return useCustomerContactMutation(deleteContact, options);
}
