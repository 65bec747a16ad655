'use client';
import { useMutationState, useQueryClient, type Mutation } from '@tanstack/react-query';
import type { EcwidApiError } from '../api/ecwidApiError';
import { customerContactMutationKeys, customerContactWriteFilters } from './customerContactMutationKeys';
import type { EcwidHookOptions } from './EcwidHookOptions';
import type { CustomerContactWriteContext } from './useCustomerContactMutation';
import type { DeleteCustomerContactVariables } from './useDeleteCustomerContact';
import { useEcwidClient } from './useEcwidClient';

type DeleteMutation = Mutation<
  void,
  EcwidApiError,
  DeleteCustomerContactVariables,
  CustomerContactWriteContext<unknown>
>;

/**
 * The ids of one customer's contacts whose DELETE is on its way, from any component. A list hides
 * them until Ecwid answers: the optimistic removal lands only after the customer's fetches are
 * cancelled, and a failed delete brings the contact back.
 */
export function useDeletingContactIds(customerId: number, options: EcwidHookOptions = {}): number[] {
  const { storeId } = useEcwidClient(options.client);
  const queryClient = useQueryClient(options.queryClient);
  return useMutationState<number | undefined, DeleteMutation>(
    {
      filters: {
        ...customerContactWriteFilters(customerContactMutationKeys.delete(storeId), customerId),
        status: 'pending',
      },
      select: (mutation) => mutation.state.variables?.contactId,
    },
    queryClient,
  ).filter((contactId) => contactId !== undefined);
}
