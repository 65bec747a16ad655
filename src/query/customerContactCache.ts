import type { QueryClient } from '@tanstack/react-query';
import type { CustomerContact, EcwidClient } from '../api/index';
import { customerContactKeys } from './customerContactKeys';
import type { CustomerContactIds } from './customerContactQueryOptions';

/*
 * A customer's list seeds each contact's detail entry, so a contact shown next to its list costs no
 * request. Two halves, because a list reaches the cache in two ways:
 * - pushed: the list's query function writes every detail entry (`seedDetailsFromList`), however the
 *   list was fetched (`useQuery`, `prefetchQuery` on a server, `ensureQueryData`);
 * - pulled: a detail query starts from the cached list (`initialDataFromCachedList`), for lists that
 *   arrived without running that function (hydration, `setQueryData`) or before the detail entry existed.
 *   It lives in the hooks because `queryOptions()` has no QueryClient to read from.
 * Either way the detail is dated by when the list arrived, so `staleTime` still decides when to refetch.
 */

/** Writes each contact of a fetched list into its detail entry, unless that entry is newer than the list. */
export function seedDetailsFromList(
  queryClient: QueryClient,
  storeId: number,
  customerId: number,
  contacts: readonly CustomerContact[],
  requestedAt: number,
): void {
  for (const contact of contacts) {
    const detailKey = customerContactKeys.detail(storeId, customerId, contact.id);
    // A detail fetched while the list was in flight is newer than the list's copy: keep it.
    if ((queryClient.getQueryState(detailKey)?.dataUpdatedAt ?? 0) < requestedAt) {
      queryClient.setQueryData(detailKey, contact);
    }
  }
}

/** `initialData` for a detail query: the contact from the customer's cached list, dated by that list. */
export function initialDataFromCachedList(
  queryClient: QueryClient,
  client: EcwidClient,
  { customerId, contactId }: CustomerContactIds,
) {
  const listKey = customerContactKeys.list(client.storeId, customerId);
  return {
    initialData: (): CustomerContact | undefined =>
      queryClient.getQueryData<CustomerContact[]>(listKey)?.find((contact) => contact.id === contactId),
    initialDataUpdatedAt: (): number | undefined => queryClient.getQueryState(listKey)?.dataUpdatedAt,
  };
}
