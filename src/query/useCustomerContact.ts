'use client';
import { useQuery, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import type { CustomerContact, EcwidApiError } from '../api/index';
import type { CustomerContactDetailKey } from './customerContactKeys';
import { contactFromCachedList } from './contactFromCachedList';
import { customerContactQueryOptions, type CustomerContactIds } from './customerContactQueryOptions';
import { useEcwidQueryOptions, type EcwidHookOptions } from './useEcwidQueryOptions';

export type UseCustomerContactOptions<TData = CustomerContact> = Omit<
  UseQueryOptions<CustomerContact, EcwidApiError, TData, CustomerContactDetailKey>,
  'queryKey' | 'queryFn'
> &
  EcwidHookOptions;

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
  const [queryOptions, queryClient] = useEcwidQueryOptions(options, (client, queryClient) => ({
    ...customerContactQueryOptions(client, ids),
    ...contactFromCachedList(queryClient, client, ids),
  }));
  return useQuery<CustomerContact, EcwidApiError, TData, CustomerContactDetailKey>(queryOptions, queryClient);
}
