import { matchQuery, type QueryClient } from '@tanstack/react-query';
import { customerContactKeys } from './customerContactKeys';

/**
 * The contact writes in flight per QueryClient and customer (`storeId/customerId`), from their
 * `onMutate` to their `onSettled`. The library counts them itself: TanStack keeps a mutation pending
 * until every `onSettled` (the host's too) has resolved, so two writes settling while the other awaits
 * a host callback would each see the other pending, and neither would refetch.
 */
const writesInFlight = new WeakMap<QueryClient, Map<string, number>>();

function writeCounts(queryClient: QueryClient): Map<string, number> {
  const counts = writesInFlight.get(queryClient) ?? new Map<string, number>();
  writesInFlight.set(queryClient, counts);
  return counts;
}

function customerKeyOf(storeId: number, customerId: number): string {
  return `${storeId}/${customerId}`;
}

/** Counts a write to the customer's contacts as in flight, until `settleCustomerContactWrite`. */
export function startCustomerContactWrite(
  queryClient: QueryClient,
  storeId: number,
  customerId: number,
): void {
  const counts = writeCounts(queryClient);
  const key = customerKeyOf(storeId, customerId);
  counts.set(key, (counts.get(key) ?? 0) + 1);
}

/**
 * Ends a write that `startCustomerContactWrite` counted (`counted` false for one it did not, such as a
 * write resumed from a persisted cache), and tells whether no write to the customer is in flight any
 * more: then this one is the last, and refetches.
 */
export function settleCustomerContactWrite(
  queryClient: QueryClient,
  storeId: number,
  customerId: number,
  counted: boolean,
): boolean {
  const counts = writeCounts(queryClient);
  const key = customerKeyOf(storeId, customerId);
  const remaining = Math.max(0, (counts.get(key) ?? 0) - (counted ? 1 : 0));
  if (remaining === 0) counts.delete(key);
  else counts.set(key, remaining);
  return remaining === 0;
}

/**
 * Brings a customer's cached contacts back to what the server holds, once their writes have settled.
 * Everything of the customer becomes stale; the list refetches if it is on screen, and its query function
 * re-seeds the details it holds, so those cost no request. Only details still stale after that (no list
 * on screen, a deleted contact, a failed list request) and on screen refetch on their own.
 */
export async function refetchCustomerContacts(
  queryClient: QueryClient,
  storeId: number,
  customerId: number,
): Promise<void> {
  const customerKey = customerContactKeys.customer(storeId, customerId);
  const listFilters = { queryKey: customerContactKeys.list(storeId, customerId), exact: true };
  await queryClient.invalidateQueries({ queryKey: customerKey, refetchType: 'none' });
  await queryClient.refetchQueries({ ...listFilters, type: 'active' });
  await queryClient.refetchQueries({
    queryKey: customerKey,
    type: 'active',
    predicate: (query) => query.state.isInvalidated && !matchQuery(listFilters, query),
  });
}
