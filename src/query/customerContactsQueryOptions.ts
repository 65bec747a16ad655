import { queryOptions, skipToken } from '@tanstack/react-query';
import {
  isPositiveSafeInteger,
  type CustomerContact,
  type EcwidApiError,
  type EcwidClient,
} from '../api/index';
import { customerContactKeys, type CustomerContactListKey } from './customerContactKeys';
import { customerContactQueryDefaults } from './customerContactQueryDefaults';

export interface CustomerContactsIds {
  customerId?: number | undefined;
}

/**
 * Everything React Query needs to fetch a customer's contacts. This module has no `"use client"`, so a
 * server can prefetch with it.
 *
 * A fetched list also seeds each contact's detail entry, so a later `useCustomerContact` for any of
 * them renders without a request. The seeding lives in the query function rather than in a hook so it
 * happens however the list is fetched: `useQuery`, `prefetchQuery` on a server, `ensureQueryData`.
 *
 * A missing or invalid customer id gives `queryFn: skipToken`: the query waits and no request is made.
 */
export function customerContactsQueryOptions(client: EcwidClient, { customerId }: CustomerContactsIds) {
  return queryOptions<CustomerContact[], EcwidApiError, CustomerContact[], CustomerContactListKey>({
    queryKey: customerContactKeys.list(client.storeId, customerId),
    queryFn: isPositiveSafeInteger(customerId)
      ? async ({ signal, client: queryClient }) => {
          const requestedAt = Date.now();
          const contacts = await client.listCustomerContacts({ customerId }, { signal });
          // `client` joined the query function context during v5 (early 2025); hosts on older 5.x skip seeding.
          for (const contact of queryClient ? contacts : []) {
            const detailKey = customerContactKeys.detail(client.storeId, customerId, contact.id);
            // A detail fetched while the list was in flight is newer than the list's copy: keep it.
            if ((queryClient.getQueryState(detailKey)?.dataUpdatedAt ?? 0) < requestedAt) {
              queryClient.setQueryData(detailKey, contact);
            }
          }
          return contacts;
        }
      : skipToken,
    ...customerContactQueryDefaults,
  });
}
