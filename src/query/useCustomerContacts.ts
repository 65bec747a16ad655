'use client';
import {
  useQuery,
  useQueryClient,
  type QueryClient,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { CustomerContact, EcwidApiError, EcwidClient } from '../api/index';
import type { CustomerContactListKey } from './customerContactKeys';
import { customerContactsQueryOptions, type CustomerContactsIds } from './customerContactsQueryOptions';
import { customerContactQueryDefaults } from './customerContactQueryDefaults';
import { hostQueryDefaults } from './hostQueryDefaults';
import { useEcwidClient } from './useEcwidClient';

export type UseCustomerContactsOptions<TData = CustomerContact[]> = Omit<
  UseQueryOptions<CustomerContact[], EcwidApiError, TData, CustomerContactListKey>,
  'queryKey' | 'queryFn'
> & {
  /** Overrides the EcwidProvider's client for this hook. */
  client?: EcwidClient;
  /** Passed to `useQuery` as its second argument, for hosts without a QueryClientProvider. */
  queryClient?: QueryClient;
};

/**
 * All of a customer's contacts. A missing or invalid customer id makes the query wait (no request).
 * The fetched list also fills each contact's own cache entry, so `useCustomerContact` for any of them
 * needs no request.
 *
 * Options win in this order: the ones passed here, then the host QueryClient's defaults, then the
 * library's (staleTime 60 s, Ecwid-aware retry and retry delay).
 */
export function useCustomerContacts<TData = CustomerContact[]>(
  ids: CustomerContactsIds,
  options: UseCustomerContactsOptions<TData> = {},
): UseQueryResult<TData, EcwidApiError> {
  const { client: clientOption, queryClient: queryClientOption, ...queryOverrides } = options;
  const client = useEcwidClient(clientOption);
  const queryClient = useQueryClient(queryClientOption);
  const list = customerContactsQueryOptions(client, ids);
  return useQuery<CustomerContact[], EcwidApiError, TData, CustomerContactListKey>(
    {
      queryKey: list.queryKey,
      queryFn: list.queryFn,
      ...customerContactQueryDefaults,
      ...hostQueryDefaults<CustomerContact[], EcwidApiError, CustomerContactListKey>(
        queryClient,
        list.queryKey,
      ),
      ...queryOverrides,
    },
    queryClient,
  );
}
