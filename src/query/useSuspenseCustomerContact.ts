'use client';
import {
  skipToken,
  useQueryClient,
  useSuspenseQuery,
  type QueryClient,
  type UseSuspenseQueryOptions,
  type UseSuspenseQueryResult,
} from '@tanstack/react-query';
import { EcwidApiError, type CustomerContact, type EcwidClient } from '../api/index';
import type { CustomerContactDetailKey } from './customerContactKeys';
import { contactFromCachedList } from './contactFromCachedList';
import { customerContactQueryOptions, type CustomerContactIds } from './customerContactQueryOptions';
import { customerContactQueryDefaults } from './customerContactQueryDefaults';
import { hostQueryDefaults } from './hostQueryDefaults';
import { useEcwidClient } from './useEcwidClient';

export type UseSuspenseCustomerContactOptions<TData = CustomerContact> = Omit<
  UseSuspenseQueryOptions<CustomerContact, EcwidApiError, TData, CustomerContactDetailKey>,
  'queryKey' | 'queryFn'
> & {
  /** Overrides the EcwidProvider's client for this hook. */
  client?: EcwidClient;
  /** Passed to `useSuspenseQuery` as its second argument, for hosts without a QueryClientProvider. */
  queryClient?: QueryClient;
};

/**
 * One customer contact for Suspense users: the component suspends until the contact is there, and
 * errors go to the nearest error boundary. `data` is always defined.
 *
 * Suspense has no "waiting" state, so it cannot skip a query: missing or invalid ids throw an
 * `EcwidApiError` of kind `'invalid-argument'` during render (no request). Render this hook only once
 * both ids are known, or use `useCustomerContact`, which waits.
 */
export function useSuspenseCustomerContact<TData = CustomerContact>(
  ids: CustomerContactIds,
  options: UseSuspenseCustomerContactOptions<TData> = {},
): UseSuspenseQueryResult<TData, EcwidApiError> {
  const { client: clientOption, queryClient: queryClientOption, ...queryOverrides } = options;
  const client = useEcwidClient(clientOption);
  const queryClient = useQueryClient(queryClientOption);
  const detail = customerContactQueryOptions(client, ids);
  const { queryFn } = detail;
  if (queryFn === skipToken || queryFn === undefined) {
    throw new EcwidApiError(
      'invalid-argument',
      `useSuspenseCustomerContact needs customerId and contactId as positive integers ` +
        `(got ${describeId(ids.customerId)} and ${describeId(ids.contactId)}). ` +
        'Render it once both ids are known, or use useCustomerContact, which waits.',
    );
  }
  return useSuspenseQuery<CustomerContact, EcwidApiError, TData, CustomerContactDetailKey>(
    {
      queryKey: detail.queryKey,
      queryFn,
      ...customerContactQueryDefaults,
      ...hostQueryDefaults<CustomerContact, EcwidApiError, CustomerContactDetailKey>(
        queryClient,
        detail.queryKey,
      ),
      ...contactFromCachedList(queryClient, client, ids),
      ...queryOverrides,
    },
    queryClient,
  );
}

// Ids may come from a URL or untyped code; show numbers, name anything else by its type.
function describeId(value: unknown): string {
  return typeof value === 'number' ? String(value) : typeof value;
}
