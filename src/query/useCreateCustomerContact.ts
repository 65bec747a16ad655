'use client';
import type { CreatedCustomerContact, NewCustomerContact } from '../api/index';
import { customerContactMutationKeys } from './customerContactMutationKeys';
import {
  useCustomerContactMutation,
  type CustomerContactMutationOptions,
  type CustomerContactMutationResult,
  type CustomerContactWrite,
} from './useCustomerContactMutation';

export interface CreateCustomerContactVariables {
  customerId: number;
  contact: NewCustomerContact;
}

export type UseCreateCustomerContactOptions<TOnMutateResult = unknown> = CustomerContactMutationOptions<
  CreatedCustomerContact,
  CreateCustomerContactVariables,
  TOnMutateResult
>;

export type UseCreateCustomerContactResult<TOnMutateResult = unknown> = CustomerContactMutationResult<
  CreatedCustomerContact,
  CreateCustomerContactVariables,
  TOnMutateResult
>;

// No optimistic change: Ecwid answers a create without the new id, and an invented one would clash
// with the real contact when the list refetches. The pending contact shows through the variables.
const createContact: CustomerContactWrite<CreatedCustomerContact, CreateCustomerContactVariables> = {
  method: 'POST',
  mutationKey: (storeId) => customerContactMutationKeys.create(storeId),
  send: (client, { customerId, contact }) => client.createCustomerContact({ customerId }, contact),
};

/**
 * Adds a contact to a customer (`POST`, needs the `create_customers` scope). Until Ecwid answers and
 * the list has refetched, `usePendingCustomerContactCreations` shows it. Retried only after a 429 (Ecwid
 * rejected it unprocessed): after a 5xx, timeout or network failure the contact may exist already, so
 * the error reaches the caller and the refetched list tells. A host's default `retry` only narrows this;
 * the hook's own `retry` option replaces it.
 */
export function useCreateCustomerContact<TOnMutateResult = unknown>(
  options: UseCreateCustomerContactOptions<TOnMutateResult> = {},
): UseCreateCustomerContactResult<TOnMutateResult> {
  return useCustomerContactMutation(createContact, options);
}
