import type { QueryClient } from '@tanstack/react-query';
import type { CustomerContact, EcwidClient } from '../api/index';
import type { CustomerContactIds } from './customerContactQueryOptions';
import { customerContactKeys } from './customerContactKeys';

/**
 * `initialData` for a contact hook: the contact from the customer's cached list, if there is one, dated
 * by the list's update time so `staleTime` still decides whether to refetch. It covers lists that reached
 * the cache without running the list's query function (hydration, `setQueryData`) or before the detail
 * entry existed. It lives in the hooks because `queryOptions()` has no QueryClient to read from.
 */
export function contactFromCachedList(
  queryClient: QueryClient,
  client: EcwidClient,
  ids: CustomerContactIds,
) {
  const listKey = customerContactKeys.list(client.storeId, ids.customerId);
  return {
    initialData: (): CustomerContact | undefined =>
      queryClient.getQueryData<CustomerContact[]>(listKey)?.find((contact) => contact.id === ids.contactId),
    initialDataUpdatedAt: (): number | undefined => queryClient.getQueryState(listKey)?.dataUpdatedAt,
  };
}
