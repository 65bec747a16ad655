'use client';
import { useQuery, useQueryClient, type UseQueryOptions, type UseQueryResult } from '@tanstack/react-query';
import type { CustomerContact, EcwidApiError } from '../api/index';
import type { CustomerContactListKey } from './customerContactKeys';
import { customerContactsQueryOptions, type CustomerContactsIds } from './customerContactsQueryOptions';
import type { EcwidHookOptions } from './EcwidHookOptions';
import { useEcwidClient } from './useEcwidClient';
import { withLibraryDefaults } from './withLibraryDefaults';

type ContactListQueryOptions<TData> = UseQueryOptions<
  CustomerContact[],
  EcwidApiError,
  TData,
  CustomerContactListKey
>;

export type UseCustomerContactsOptions<TData = CustomerContact[]> = Omit<
  ContactListQueryOptions<TData>,
  'queryKey' | 'queryFn'
> &
  EcwidHookOptions;

/**
 * All of a customer's contacts. A missing or invalid customer id makes the query wait (no request).
 * The fetched list also fills each contact's own cache entry, so `useCustomerContact` for any of them
 * needs no request.
 *
 * `staleTime`, `retry` and `retryDelay` win in this order (see withLibraryDefaults): the options passed
 * here, then the host QueryClient's defaults, then the library's (60 s, the Ecwid retry policy).
 */
export function useCustomerContacts<TData = CustomerContact[]>(
  ids: CustomerContactsIds,
  options: UseCustomerContactsOptions<TData> = {},
): UseQueryResult<TData, EcwidApiError> {
  const { client: clientOverride, queryClient: queryClientOverride, ...queryOverrides } = options;
  const client = useEcwidClient(clientOverride);
  const queryClient = useQueryClient(queryClientOverride);
  const { queryKey, queryFn } = customerContactsQueryOptions(client, ids);
  return useQuery(
    withLibraryDefaults<ContactListQueryOptions<TData>>(queryClient, {
      queryKey,
      queryFn,
      ...queryOverrides,
    }),
    queryClient,
  );
}
