'use client';
import { useQuery, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import type { CustomerContact, EcwidApiError } from '../api/index';
import type { CustomerContactListKey } from './customerContactKeys';
import { customerContactsQueryOptions, type CustomerContactsIds } from './customerContactsQueryOptions';
import { useEcwidQueryOptions, type EcwidHookOptions } from './useEcwidQueryOptions';

export type UseCustomerContactsOptions<TData = CustomerContact[]> = Omit<
  UseQueryOptions<CustomerContact[], EcwidApiError, TData, CustomerContactListKey>,
  'queryKey' | 'queryFn'
> &
  EcwidHookOptions;

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
  const [queryOptions, queryClient] = useEcwidQueryOptions(options, (client) =>
    customerContactsQueryOptions(client, ids),
  );
  return useQuery<CustomerContact[], EcwidApiError, TData, CustomerContactListKey>(queryOptions, queryClient);
}
