'use client';
import {
  useQuery,
  useQueryClient,
  type QueryClient,
  type UseQueryOptions,
  type UseQueryResult,
} from '@tanstack/react-query';
import type { CustomerContact, EcwidApiError, EcwidClient } from '../api/index';
import type { CustomerContactDetailKey } from './customerContactKeys';
import { contactFromCachedList } from './contactFromCachedList';
import { customerContactQueryOptions, type CustomerContactIds } from './customerContactQueryOptions';
import { customerContactQueryDefaults } from './customerContactQueryDefaults';
import { hostQueryDefaults } from './hostQueryDefaults';
import { useEcwidClient } from './useEcwidClient';

export type UseCustomerContactOptions<TData = CustomerContact> = Omit<
  UseQueryOptions<CustomerContact, EcwidApiError, TData, CustomerContactDetailKey>,
  'queryKey' | 'queryFn'
> & {
  /** Overrides the EcwidProvider's client for this hook. */
  client?: EcwidClient;
  /** Passed to `useQuery` as its second argument, for hosts without a QueryClientProvider. */
  queryClient?: QueryClient;
};

/**
 * One customer contact. Missing or invalid ids make the query wait (no request). When the customer's
 * contact list is already cached, the contact comes from it with zero requests.
 *
 * Options win in this order: the ones passed here, then the host QueryClient's defaults, then the
 * library's (staleTime 60 s, Ecwid-aware retry and retry delay).
 */
export function useCustomerContact<TData = CustomerContact>(
  ids: CustomerContactIds,
  options: UseCustomerContactOptions<TData> = {},
): UseQueryResult<TData, EcwidApiError> {
  const { client: clientOption, queryClient: queryClientOption, ...queryOverrides } = options;
  const client = useEcwidClient(clientOption);
  const queryClient = useQueryClient(queryClientOption);
  const detail = customerContactQueryOptions(client, ids);
  return useQuery<CustomerContact, EcwidApiError, TData, CustomerContactDetailKey>(
    {
      queryKey: detail.queryKey,
      queryFn: detail.queryFn,
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
