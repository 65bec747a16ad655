import { queryOptions, skipToken } from '@tanstack/react-query';
import {
  isPositiveSafeInteger,
  type CustomerContact,
  type EcwidApiError,
  type EcwidClient,
} from '../api/index';
import { seedDetailsFromList } from './customerContactCache';
import { customerContactKeys, type CustomerContactListKey } from './customerContactKeys';

export interface CustomerContactsIds {
  customerId?: number | undefined;
}

/**
 * What a customer's contact list query is: its key and its query function, nothing that would override
 * a host's defaults. The module is server-safe (no client directive, no hooks), so a server can
 * prefetch with it. The query function also seeds each contact's detail entry (see customerContactCache).
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
          if (queryClient) {
            seedDetailsFromList(queryClient, client.storeId, customerId, contacts, requestedAt);
          }
          return contacts;
        }
      : skipToken,
  });
}
