'use client';
import { useMutationState, useQueryClient, type Mutation } from '@tanstack/react-query';
import { useMemo } from 'react';
import type { CreatedCustomerContact, EcwidApiError, NewCustomerContact } from '../api/index';
import { customerContactMutationKeys, customerContactWriteFilters } from './customerContactMutationKeys';
import type { EcwidHookOptions } from './EcwidHookOptions';
import type { CreateCustomerContactVariables } from './useCreateCustomerContact';
import type { CustomerContactWriteContext } from './useCustomerContactMutation';
import { useEcwidClient } from './useEcwidClient';

type CreateMutation = Mutation<
  CreatedCustomerContact,
  EcwidApiError,
  CreateCustomerContactVariables,
  CustomerContactWriteContext<unknown>
>;

export interface PendingCustomerContactCreationsIds {
  customerId: number;
}

/**
 * The contacts `useCreateCustomerContact` is still adding to one customer, oldest first, from any
 * component: TanStack's "optimistic updates via the UI". Show them next to the list (e.g. greyed out)
 * until they settle; a created one is then in the refetched list, a failed one is on its mutation's
 * `variables` with the error.
 */
export function usePendingCustomerContactCreations(
  { customerId }: PendingCustomerContactCreationsIds,
  { client: clientOverride, queryClient: queryClientOverride }: EcwidHookOptions = {},
): NewCustomerContact[] {
  const { storeId } = useEcwidClient(clientOverride);
  const queryClient = useQueryClient(queryClientOverride);
  const selected = useMutationState<NewCustomerContact | undefined, CreateMutation>(
    {
      filters: {
        ...customerContactWriteFilters(customerContactMutationKeys.create(storeId), customerId),
        status: 'pending',
      },
      select: (mutation) => mutation.state.variables?.contact,
    },
    queryClient,
  );
  return useMemo(() => selected.filter((contact) => contact !== undefined), [selected]);
}
