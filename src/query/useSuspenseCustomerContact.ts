'use client';
import {
  skipToken,
  useQueryClient,
  useSuspenseQuery,
  type UseSuspenseQueryOptions,
  type UseSuspenseQueryResult,
} from '@tanstack/react-query';
import { EcwidApiError, type CustomerContact } from '../api/index';
import { initialDataFromCachedList } from './customerContactCache';
import type { CustomerContactDetailKey } from './customerContactKeys';
import { customerContactQueryOptions, type CustomerContactIds } from './customerContactQueryOptions';
import type { EcwidHookOptions } from './EcwidHookOptions';
import { useEcwidClient } from './useEcwidClient';
import { withLibraryDefaults } from './withLibraryDefaults';

type SuspenseContactQueryOptions<TData> = UseSuspenseQueryOptions<
  CustomerContact,
  EcwidApiError,
  TData,
  CustomerContactDetailKey
>;

export type UseSuspenseCustomerContactOptions<TData = CustomerContact> = Omit<
  SuspenseContactQueryOptions<TData>,
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
 *
 * `staleTime`, `retry` and `retryDelay` win in this order (see withLibraryDefaults): the options passed
 * here, then the host QueryClient's defaults, then the library's (60 s, the Ecwid retry policy).
 */
export function useSuspenseCustomerContact<TData = CustomerContact>(
  ids: CustomerContactIds,
  options: UseSuspenseCustomerContactOptions<TData> = {},
): UseSuspenseQueryResult<TData, EcwidApiError> {
  const { client: clientOverride, queryClient: queryClientOverride, ...queryOverrides } = options;
  const client = useEcwidClient(clientOverride);
  const queryClient = useQueryClient(queryClientOverride);
  const { queryKey, queryFn } = customerContactQueryOptions(client, ids);
  if (queryFn === skipToken || !queryFn) {
    throw new EcwidApiError(
      'invalid-argument',
      'useSuspenseCustomerContact needs positive integers as ids; until then use useCustomerContact, which waits.',
    );
  }
  return useSuspenseQuery(
    withLibraryDefaults<SuspenseContactQueryOptions<TData>>(queryClient, {
      queryKey,
      queryFn,
      ...initialDataFromCachedList(queryClient, client, ids),
      ...queryOverrides,
    }),
    queryClient,
  );
}
