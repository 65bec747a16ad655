'use client';
import { useMutationState, useQueryClient } from '@tanstack/react-query';
import { isEcwidApiError } from '../api/ecwidApiError';
import type { EcwidScope } from '../api/ecwidScope';
import { customerContactMutationKeys, customerContactWriteFilters } from './customerContactMutationKeys';
import type { EcwidHookOptions } from './EcwidHookOptions';
import { useEcwidClient } from './useEcwidClient';

/**
 * The scopes that writes to one customer's contacts were refused for (`missing-scope`), from any
 * component: a list disables the controls that need them. They are read from TanStack's mutation
 * cache, so they last as long as the failed writes stay there (`gcTime`).
 */
export function useMissingWriteScopes(customerId: number, options: EcwidHookOptions = {}): Set<EcwidScope> {
  const { storeId } = useEcwidClient(options.client);
  const queryClient = useQueryClient(options.queryClient);
  const scopes = useMutationState<EcwidScope | undefined>(
    {
      filters: {
        ...customerContactWriteFilters(customerContactMutationKeys.store(storeId), customerId),
        status: 'error',
      },
      select: ({ state: { error } }) =>
        isEcwidApiError(error) && error.kind === 'missing-scope' ? error.scope : undefined,
    },
    queryClient,
  );
  return new Set(scopes.filter((scope) => scope !== undefined));
}
