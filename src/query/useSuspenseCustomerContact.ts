'use client';
import {
  skipToken,
  useSuspenseQuery,
  type UseSuspenseQueryOptions,
  type UseSuspenseQueryResult,
} from '@tanstack/react-query';
import { EcwidApiError, type CustomerContact } from '../api/index';
import type { CustomerContactDetailKey } from './customerContactKeys';
import { contactFromCachedList } from './contactFromCachedList';
import { customerContactQueryOptions, type CustomerContactIds } from './customerContactQueryOptions';
import { useEcwidQueryOptions, type EcwidHookOptions } from './useEcwidQueryOptions';

export type UseSuspenseCustomerContactOptions<TData = CustomerContact> = Omit<
  UseSuspenseQueryOptions<CustomerContact, EcwidApiError, TData, CustomerContactDetailKey>,
  'queryKey' | 'queryFn'
> &
  EcwidHookOptions;

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
  const [{ queryFn, ...queryOptions }, queryClient] = useEcwidQueryOptions(
    options,
    (client, queryClient) => ({
      ...customerContactQueryOptions(client, ids),
      ...contactFromCachedList(queryClient, client, ids),
    }),
  );
  if (queryFn === skipToken || !queryFn) {
    throw new EcwidApiError(
      'invalid-argument',
      'useSuspenseCustomerContact needs positive integers as ids; until then use useCustomerContact, which waits.',
    );
  }
  return useSuspenseQuery<CustomerContact, EcwidApiError, TData, CustomerContactDetailKey>(
    { ...queryOptions, queryFn },
    queryClient,
  );
}
