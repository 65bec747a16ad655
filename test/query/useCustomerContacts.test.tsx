import { renderHook, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import { parseCustomerContact } from '../../src/api/index';
import { customerContactKeys, useCustomerContact, useCustomerContacts } from '../../src/query/index';
import { CONTACT_LIST_PATH, ECWID_API } from '../mocks/ecwidApi';
import { seedContact } from '../mocks/mockStore';
import { server } from '../mocks/server';
import {
  contactJson,
  createTestClient,
  createTestQueryClient,
  createWrapper,
  recordRequestsInEachTest,
  SEED,
} from './queryTestHarness';

const requests = recordRequestsInEachTest();

describe('useCustomerContacts', () => {
  it("fetches a customer's contacts", async () => {
    const queryClient = createTestQueryClient();
    const { result } = renderHook(() => useCustomerContacts({ customerId: SEED.customerId }), {
      wrapper: createWrapper(queryClient, createTestClient()),
    });

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data?.[0]).toEqual(parseCustomerContact(seedContact));
    expect(requests.map((request) => request.url)).toEqual([
      `${ECWID_API}/${SEED.storeId}/customers/${SEED.customerId}/contacts`,
    ]);
    queryClient.clear();
  });

  it('passes a typed select through', async () => {
    server.use(
      http.get(CONTACT_LIST_PATH, () => HttpResponse.json({ items: [contactJson(1), contactJson(2)] })),
    );
    const queryClient = createTestQueryClient();
    const { result } = renderHook(
      () =>
        useCustomerContacts(
          { customerId: 7 },
          { select: (contacts) => contacts.map((contact) => contact.id) },
        ),
      { wrapper: createWrapper(queryClient, createTestClient()) },
    );

    expectTypeOf(result.current.data).toEqualTypeOf<number[] | undefined>();
    await waitFor(() => expect(result.current.data).toEqual([1, 2]));
    queryClient.clear();
  });

  it.each([undefined, 0, -1, 1.5])('makes no request for customer id %s', (customerId) => {
    const queryClient = createTestQueryClient();
    const { result } = renderHook(() => useCustomerContacts({ customerId }), {
      wrapper: createWrapper(queryClient, createTestClient()),
    });

    expect(result.current).toMatchObject({ status: 'pending', fetchStatus: 'idle' });
    expect(queryClient.isFetching()).toBe(0);
    expect(requests).toHaveLength(0);
    queryClient.clear();
  });

  it("refetches the list and a shown detail when the host invalidates the customer's key", async () => {
    const queryClient = createTestQueryClient();
    const wrapper = createWrapper(queryClient, createTestClient());
    const list = renderHook(() => useCustomerContacts({ customerId: SEED.customerId }), { wrapper });
    await waitFor(() => expect(list.result.current.isSuccess).toBe(true));
    const detail = renderHook(() => useCustomerContact(SEED), { wrapper });
    expect(detail.result.current.isSuccess).toBe(true);
    expect(requests).toHaveLength(1);

    await queryClient.invalidateQueries({
      queryKey: customerContactKeys.customer(SEED.storeId, SEED.customerId),
    });

    const listUrl = `${ECWID_API}/${SEED.storeId}/customers/${SEED.customerId}/contacts`;
    expect(requests.map((request) => request.url).sort()).toEqual([
      listUrl,
      listUrl,
      `${listUrl}/${SEED.contactId}`,
    ]);
    queryClient.clear();
  });
});
