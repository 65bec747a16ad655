import { act, waitFor } from '@testing-library/react';
import { delay, http } from 'msw';
import {
  customerContactKeys,
  useDeleteCustomerContact,
  useUpdateCustomerContact,
  type DeleteCustomerContactVariables,
} from '../../src/query/index';
import { CONTACT_DETAIL_PATH } from '../mocks/ecwidApi';
import { ecwidErrorResponse } from '../mocks/ecwidErrorResponse';
import { slowWriteHandler, writeServerErrorHandler } from '../mocks/failureHandlers';
import { deleteMockContact, mockContactIds, mockStoreContacts } from '../mocks/mockStore';
import { server } from '../mocks/server';
import {
  cachedContacts,
  cachedDetail,
  cachedList,
  countRequests,
  createWriteTestQueryClient,
  renderWithList,
  serverContacts,
} from './contactWriteHarness';
import { recordRequestsInEachTest, SEED } from './queryTestHarness';

const network = recordRequestsInEachTest();
/** Long enough to look at the cache before Ecwid answers, well within `waitFor`'s second. */
const SLOW_WRITE_MS = 300;

const phoneDelete: DeleteCustomerContactVariables = {
  customerId: SEED.customerId,
  contactId: mockContactIds.seedPhone,
};

function cachedIds(queryClient: Parameters<typeof cachedList>[0]): number[] | undefined {
  return cachedList(queryClient)?.map((contact) => contact.id);
}

describe('useDeleteCustomerContact', () => {
  it('removes the contact from the cached list before Ecwid answers, and its detail once it confirms', async () => {
    server.use(slowWriteHandler({ method: 'DELETE', delayMs: SLOW_WRITE_MS }));
    const { result, queryClient } = await renderWithList(() => useDeleteCustomerContact());

    act(() => result.current.write.mutate(phoneDelete));

    await waitFor(() => expect(cachedIds(queryClient)).not.toContain(mockContactIds.seedPhone));
    expect(result.current.write.isPending).toBe(true);
    expect(mockStoreContacts(SEED.customerId)?.map((contact) => contact.id)).toContain(
      mockContactIds.seedPhone,
    );
    // The write may still fail: the detail stays until Ecwid confirms.
    expect(cachedDetail(queryClient, mockContactIds.seedPhone)).toBeDefined();

    await waitFor(() => expect(result.current.write.isSuccess).toBe(true));
    const detailKey = customerContactKeys.detail(SEED.storeId, SEED.customerId, mockContactIds.seedPhone);
    expect(queryClient.getQueryState(detailKey)).toBeUndefined();
    expect(cachedContacts(queryClient)).toEqual(serverContacts());
    expect(countRequests(network, 'GET', 'list')).toBe(2);
    expect(countRequests(network, 'GET', 'detail')).toBe(0);
  });

  it('restores the contact when the delete fails, after its retries', async () => {
    server.use(writeServerErrorHandler({ method: 'DELETE' }));
    const idsWhenFailed: (number[] | undefined)[] = [];
    const queryClient = createWriteTestQueryClient();
    const { result } = await renderWithList(
      () =>
        useDeleteCustomerContact({
          retryDelay: 0,
          // Runs after the library's rollback and before its refetch.
          onError: () => idsWhenFailed.push(cachedIds(queryClient)),
        }),
      { queryClient },
    );
    const before = cachedIds(queryClient);

    await expect(act(() => result.current.write.mutateAsync(phoneDelete))).rejects.toMatchObject({
      kind: 'server',
      status: 500,
    });

    // A DELETE is idempotent: the library's policy retries it after a 5xx.
    expect(countRequests(network, 'DELETE', 'detail')).toBeGreaterThan(1);
    expect(idsWhenFailed).toEqual([before]);
    expect(cachedIds(queryClient)).toContain(mockContactIds.seedPhone);
    expect(cachedContacts(queryClient)).toEqual(serverContacts());
    expect(result.current.write.variables).toEqual(phoneDelete);
  });

  it('stays deleted when an older write to the customer fails after the delete succeeded', async () => {
    server.use(
      http.put(CONTACT_DETAIL_PATH, async () => {
        await delay(SLOW_WRITE_MS);
        return ecwidErrorResponse(500, {
          errorMessage: 'Internal server error',
          errorCode: 'INTERNAL_ERROR',
        });
      }),
    );
    const idsWhenFailed: (number[] | undefined)[] = [];
    const queryClient = createWriteTestQueryClient();
    const { result } = await renderWithList(
      () => ({
        update: useUpdateCustomerContact({
          retry: false,
          // Runs after the library's rollback and before its refetch.
          onError: () => idsWhenFailed.push(cachedIds(queryClient)),
        }),
        remove: useDeleteCustomerContact(),
      }),
      { queryClient },
    );

    act(() =>
      result.current.write.update.mutate({
        customerId: SEED.customerId,
        contactId: SEED.contactId,
        patch: { note: 'Call after 5 pm' },
      }),
    );
    await act(() => result.current.write.remove.mutateAsync(phoneDelete));
    expect(countRequests(network, 'GET', 'list')).toBe(1);
    await waitFor(() => expect(idsWhenFailed).toHaveLength(1));

    expect(idsWhenFailed[0]).not.toContain(mockContactIds.seedPhone);
    expect(cachedDetail(queryClient, mockContactIds.seedPhone)).toBeUndefined();
    await waitFor(() => expect(queryClient.isMutating()).toBe(0));
    expect(cachedContacts(queryClient)).toEqual(serverContacts());
  });

  it('succeeds when a retry finds the contact gone, because the first try was applied', async () => {
    server.use(
      http.delete(
        CONTACT_DETAIL_PATH,
        ({ params }) => {
          deleteMockContact(SEED.customerId, Number(params.contactId));
          return ecwidErrorResponse(500, {
            errorMessage: 'Internal server error',
            errorCode: 'INTERNAL_ERROR',
          });
        },
        { once: true },
      ),
    );
    const onError = vi.fn();
    const { result, queryClient } = await renderWithList(() =>
      useDeleteCustomerContact({ retryDelay: 0, onError }),
    );

    await act(() => result.current.write.mutateAsync(phoneDelete));

    expect(countRequests(network, 'DELETE', 'detail')).toBe(2);
    expect(onError).not.toHaveBeenCalled();
    expect(cachedIds(queryClient)).not.toContain(mockContactIds.seedPhone);
    expect(cachedDetail(queryClient, mockContactIds.seedPhone)).toBeUndefined();
    expect(cachedContacts(queryClient)).toEqual(serverContacts());
  });

  it('resolves and removes a contact the server no longer has', async () => {
    const { result, queryClient } = await renderWithList(() => useDeleteCustomerContact());
    deleteMockContact(SEED.customerId, mockContactIds.seedPhone);

    await act(() => result.current.write.mutateAsync(phoneDelete));

    expect(result.current.write.isSuccess).toBe(true);
    expect(cachedIds(queryClient)).not.toContain(mockContactIds.seedPhone);
    expect(cachedDetail(queryClient, mockContactIds.seedPhone)).toBeUndefined();
  });
});
