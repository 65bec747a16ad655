import { matchQuery, type QueryClient } from '@tanstack/react-query';
import { customerContactKeys } from './customerContactKeys';

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
