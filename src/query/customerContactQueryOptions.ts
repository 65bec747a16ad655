import { queryOptions, skipToken } from '@tanstack/react-query';
import {
  isPositiveSafeInteger,
  type CustomerContact,
  type EcwidApiError,
  type EcwidClient,
} from '../api/index';
import { customerContactKeys, type CustomerContactDetailKey } from './customerContactKeys';

export interface CustomerContactIds {
  customerId?: number | undefined;
  contactId?: number | undefined;
}

/**
 * What one contact's query is: its key and its query function, nothing that would override a host's
 * defaults. The module is server-safe (no client directive, no hooks), so a server can prefetch with
 * it: `queryClient.prefetchQuery(customerContactQueryOptions(client, ids))` does not retry unless the
 * host asks, like any imperative fetch; `withLibraryDefaults` adds the library's policy.
 *
 * Missing or invalid ids give `queryFn: skipToken`: the query waits and no request is made.
 */
export function customerContactQueryOptions(
  client: EcwidClient,
  { customerId, contactId }: CustomerContactIds,
) {
  return queryOptions<CustomerContact, EcwidApiError, CustomerContact, CustomerContactDetailKey>({
    queryKey: customerContactKeys.detail(client.storeId, customerId, contactId),
    queryFn:
      isPositiveSafeInteger(customerId) && isPositiveSafeInteger(contactId)
        ? ({ signal }) => client.getCustomerContact({ customerId, contactId }, { signal })
        : skipToken,
  });
}
