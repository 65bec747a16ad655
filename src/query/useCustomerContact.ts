'use client';
import { useQuery, useQueryClient, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import type { CustomerContact, EcwidApiError } from '../api/index';
import { initialDataFromCachedList } from './customerContactCache';
import type { CustomerContactDetailKey } from './customerContactKeys';
import { customerContactQueryOptions, type CustomerContactIds } from './customerContactQueryOptions';
import type { EcwidHookOptions } from './EcwidHookOptions';
import { useEcwidClient } from './useEcwidClient';
import { withLibraryDefaults } from './withLibraryDefaults';

type ContactQueryOptions<TData> = UseQueryOptions<
  CustomerContact,
  EcwidApiError,
  TData,
  CustomerContactDetailKey
>;

export type UseCustomerContactOptions<TData = CustomerContact> = Omit<
  ContactQueryOptions<TData>,
  'queryKey' | 'queryFn'
> &
  EcwidHookOptions;

/**
 * One customer contact. Missing or invalid ids make the query wait (no request). When the customer's
 * contact list is already cached, the contact comes from it with zero requests.
 *
 * `staleTime`, `retry` and `retryDelay` win in this order (see withLibraryDefaults): the options passed
 * here, then the host QueryClient's defaults, then the library's (60 s, the Ecwid retry policy).
 */
export function useCustomerContact<TData = CustomerContact>(
  ids: CustomerContactIds,
  options: UseCustomerContactOptions<TData> = {},
): UseQueryResult<TData, EcwidApiError> {
  const { client: clientOverride, queryClient: queryClientOverride, ...queryOverrides } = options;
  const client = useEcwidClient(clientOverride);
  const queryClient = useQueryClient(queryClientOverride);
  const { queryKey, queryFn } = customerContactQueryOptions(client, ids);
  return useQuery(
    withLibraryDefaults<ContactQueryOptions<TData>>(queryClient, {
      queryKey,
      queryFn,
      ...initialDataFromCachedList(queryClient, client, ids),
      ...queryOverrides,
    }),
    queryClient,
  );
}
