import { QueryClient, type DefaultOptions } from '@tanstack/react-query';
import { renderHook, waitFor } from '@testing-library/react';
import { matchRequestUrl } from 'msw';
import type { CustomerContact, EcwidClient } from '../../src/api/index';
import { customerContactKeys, useCustomerContacts } from '../../src/query/index';
import { CONTACT_DETAIL_PATH, CONTACT_LIST_PATH } from '../mocks/ecwidApi';
import { mockStoreContacts } from '../mocks/mockStore';
import { createTestClient, createWrapper, SEED, type RecordedRequest } from './queryTestHarness';

/** How many of `requests` were `method` on the list or the detail endpoint. */
export function countRequests(
  requests: readonly RecordedRequest[],
  method: string,
  endpoint: 'list' | 'detail',
): number {
  const path = endpoint === 'list' ? CONTACT_LIST_PATH : CONTACT_DETAIL_PATH;
  return requests.filter(
    (request) => request.method === method && matchRequestUrl(new URL(request.url), path).matches,
  ).length;
}

/** A fresh cache per test, with the host's `mutations` defaults when a test gives some. */
export function createWriteTestQueryClient(mutations: DefaultOptions['mutations'] = {}): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { gcTime: Infinity }, mutations } });
}

interface ComparableContact {
  id: number;
  contact: string;
  type: string;
  default?: boolean;
  orderBy: number;
  handle?: string | null;
  note?: string | null;
}

/** The fields the mock store and the cache share, to compare one with the other. */
function comparable({ id, contact, type, default: isDefault, orderBy, handle, note }: ComparableContact) {
  return {
    id,
    contact,
    type,
    default: isDefault ?? false,
    orderBy,
    handle: handle ?? undefined,
    note: note ?? undefined,
  };
}

/** What the mock store holds for a customer now, comparable with `cachedContacts`. */
export function serverContacts(customerId: number = SEED.customerId) {
  return (mockStoreContacts(customerId) ?? []).map(comparable);
}

/** What the cache holds as the customer's list, comparable with `serverContacts`. */
export function cachedContacts(queryClient: QueryClient, customerId: number = SEED.customerId) {
  return cachedList(queryClient, customerId)?.map(comparable);
}

export function cachedList(queryClient: QueryClient, customerId: number = SEED.customerId) {
  return queryClient.getQueryData<CustomerContact[]>(customerContactKeys.list(SEED.storeId, customerId));
}

export function cachedDetail(
  queryClient: QueryClient,
  contactId: number,
  customerId: number = SEED.customerId,
) {
  return queryClient.getQueryData<CustomerContact>(
    customerContactKeys.detail(SEED.storeId, customerId, contactId),
  );
}

/**
 * Renders `useWrite` next to the customer's list (the list on screen, as in an editing UI) and waits for
 * the list to load.
 */
export async function renderWithList<TWrite>(
  useWrite: () => TWrite,
  {
    queryClient = createWriteTestQueryClient(),
    client = createTestClient(),
    customerId = SEED.customerId,
  }: { queryClient?: QueryClient; client?: EcwidClient; customerId?: number } = {},
) {
  const wrapper = createWrapper(queryClient, client);
  const rendered = renderHook(() => ({ list: useCustomerContacts({ customerId }), write: useWrite() }), {
    wrapper,
  });
  await waitFor(() => expect(rendered.result.current.list.isSuccess).toBe(true));
  return { ...rendered, queryClient, wrapper };
}
