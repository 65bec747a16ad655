import { queryOptions, skipToken } from '@tanstack/react-query';
import {
  isPositiveSafeInteger,
  type CustomerContact,
  type EcwidApiError,
  type EcwidClient,
} from '../api/index';
import { customerContactKeys, type CustomerContactDetailKey } from './customerContactKeys';
import { customerContactQueryDefaults } from './customerContactQueryDefaults';

export interface CustomerContactIds {
  customerId?: number | undefined;
  contactId?: number | undefined;
}

/**
 * Everything React Query needs to fetch one contact: key, query function and the library's defaults.
 * This module has no `"use client"`, so a server can prefetch with it
 * (`queryClient.prefetchQuery(customerContactQueryOptions(client, ids))`).
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
    ...customerContactQueryDefaults,
  });
}
