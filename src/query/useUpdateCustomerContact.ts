'use client';
import type { CustomerContactPatch } from '../api/index';
import { customerContactMutationKeys } from './customerContactMutationKeys';
import { cachedContact, updateChange } from './optimisticContactUpdates';
import {
  useCustomerContactMutation,
  type CustomerContactMutationOptions,
  type CustomerContactMutationResult,
  type CustomerContactWrite,
} from './useCustomerContactMutation';

export interface UpdateCustomerContactVariables {
  customerId: number;
  contactId: number;
  /** Only the fields to change; `''` clears a handle or a note. */
  patch: CustomerContactPatch;
}

export type UseUpdateCustomerContactOptions<TOnMutateResult = unknown> = CustomerContactMutationOptions<
  void,
  UpdateCustomerContactVariables,
  TOnMutateResult
>;

export type UseUpdateCustomerContactResult<TOnMutateResult = unknown> = CustomerContactMutationResult<
  void,
  UpdateCustomerContactVariables,
  TOnMutateResult
>;

const updateContact: CustomerContactWrite<void, UpdateCustomerContactVariables> = {
  method: 'PUT',
  mutationKey: (storeId) => customerContactMutationKeys.update(storeId),
  send: (client, { customerId, contactId, patch }) =>
    client.updateCustomerContact({ customerId, contactId }, patch),
  optimisticChange: (queryClient, storeId, { customerId, contactId, patch }) => {
    const current = cachedContact(queryClient, storeId, customerId, contactId);
    return current && updateChange(current, patch);
  },
};

/**
 * Changes some fields of one contact (`PUT`, needs the `update_customers` scope). The patch shows at
 * once in the customer's cached list and in the contact's detail; `default: true` also clears the
 * default of the other contacts of its type. On failure the cache returns to the server's state and
 * the error reaches the caller with the variables still on the mutation. Retried after a 429, 5xx,
 * timeout or network failure (a repeated PUT changes nothing more), unless the options or the host's
 * mutation defaults say otherwise.
 */
export function useUpdateCustomerContact<TOnMutateResult = unknown>(
  options: UseUpdateCustomerContactOptions<TOnMutateResult> = {},
): UseUpdateCustomerContactResult<TOnMutateResult> {
  return useCustomerContactMutation(updateContact, options);
}
