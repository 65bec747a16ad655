import { act, renderHook, waitFor } from '@testing-library/react';
import { delay, http } from 'msw';
import { createEcwidClient } from '../../src/api/index';
import {
  customerContactKeys,
  customerContactMutationKeys,
  useCustomerContact,
  useUpdateCustomerContact,
  type UpdateCustomerContactVariables,
} from '../../src/query/index';
import { CONTACT_DETAIL_PATH } from '../mocks/ecwidApi';
import { ecwidErrorResponse } from '../mocks/ecwidErrorResponse';
import { slowWriteHandler, writeNotAppliedHandler, writeServerErrorHandler } from '../mocks/failureHandlers';
import { mockTokens } from '../mocks/mockAuthorization';
import { createMockContact, mockContactIds, mockStoreContacts, seedContact } from '../mocks/mockStore';
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

const noteUpdate: UpdateCustomerContactVariables = {
  customerId: SEED.customerId,
  contactId: SEED.contactId,
  patch: { note: 'Call after 5 pm' },
};

function storedNote(contactId: number): string | null | undefined {
  return mockStoreContacts(SEED.customerId)?.find((contact) => contact.id === contactId)?.note;
}

describe('useUpdateCustomerContact', () => {
  it('shows the patch in the cached list and detail before Ecwid answers', async () => {
    server.use(slowWriteHandler({ method: 'PUT', delayMs: SLOW_WRITE_MS }));
    const { result, queryClient } = await renderWithList(() => useUpdateCustomerContact());

    act(() => result.current.write.mutate(noteUpdate));

    await waitFor(() => expect(cachedDetail(queryClient, SEED.contactId)?.note).toBe('Call after 5 pm'));
    expect(cachedList(queryClient)?.find((contact) => contact.id === SEED.contactId)?.note).toBe(
      'Call after 5 pm',
    );
    expect(result.current.list.data?.[0]?.note).toBe('Call after 5 pm');
    expect(result.current.write.isPending).toBe(true);
    expect(storedNote(SEED.contactId)).toBeUndefined();

    await waitFor(() => expect(result.current.write.isSuccess).toBe(true));
    expect(storedNote(SEED.contactId)).toBe('Call after 5 pm');
    expect(cachedContacts(queryClient)).toEqual(serverContacts());
  });

  it('moves the default to the updated contact within its type, in the list and the details', async () => {
    const secondEmail = createMockContact(SEED.customerId, { type: 'EMAIL', contact: 'second@example.com' });
    if (!secondEmail) throw new Error('The mock store has no seed customer.');
    server.use(slowWriteHandler({ method: 'PUT', delayMs: SLOW_WRITE_MS }));
    const { result, queryClient } = await renderWithList(() => useUpdateCustomerContact());

    act(() =>
      result.current.write.mutate({
        customerId: SEED.customerId,
        contactId: secondEmail.id,
        patch: { default: true },
      }),
    );

    await waitFor(() => expect(cachedDetail(queryClient, secondEmail.id)?.default).toBe(true));
    expect(cachedDetail(queryClient, SEED.contactId)?.default).toBe(false);
    const defaults = cachedList(queryClient)?.filter((contact) => contact.default);
    expect(defaults?.map((contact) => [contact.type, contact.id])).toEqual([
      ['PHONE', mockContactIds.seedPhone],
      ['WHATSAPP', mockContactIds.seedWhatsapp],
      ['EMAIL', secondEmail.id],
    ]);
    expect(result.current.write.isPending).toBe(true);

    await waitFor(() => expect(result.current.write.isSuccess).toBe(true));
    expect(cachedContacts(queryClient)).toEqual(serverContacts());
  });

  it('rolls back to the server state after a 500 and keeps the variables and the error', async () => {
    server.use(
      slowWriteHandler({ method: 'PUT', delayMs: SLOW_WRITE_MS }),
      writeServerErrorHandler({ method: 'PUT' }),
    );
    const notesWhenFailed: (string | undefined)[] = [];
    const queryClient = createWriteTestQueryClient();
    const { result } = await renderWithList(
      () =>
        useUpdateCustomerContact({
          retry: false,
          // Runs after the library's rollback and before its refetch.
          onError: () => notesWhenFailed.push(cachedDetail(queryClient, SEED.contactId)?.note),
        }),
      { queryClient },
    );

    act(() => result.current.write.mutate(noteUpdate));
    await waitFor(() => expect(cachedDetail(queryClient, SEED.contactId)?.note).toBe('Call after 5 pm'));

    await waitFor(() => expect(result.current.write.isError).toBe(true));
    expect(notesWhenFailed).toEqual([undefined]);
    expect(result.current.write.error).toMatchObject({ kind: 'server', status: 500 });
    expect(result.current.write.variables).toEqual(noteUpdate);
    expect(cachedDetail(queryClient, SEED.contactId)?.note).toBeUndefined();
    expect(cachedContacts(queryClient)).toEqual(serverContacts());
    expect(countRequests(network, 'GET', 'list')).toBe(2);
  });

  it("rolls back only its own change, keeping another write's optimistic change in flight", async () => {
    const secondEmail = createMockContact(SEED.customerId, { type: 'EMAIL', contact: 'second@example.com' });
    if (!secondEmail) throw new Error('The mock store has no seed customer.');
    // The make-default fails after SLOW_WRITE_MS, while the note save still waits for its answer.
    server.use(
      http.put(CONTACT_DETAIL_PATH, async ({ params }) => {
        if (Number(params.contactId) !== secondEmail.id) {
          await delay(2 * SLOW_WRITE_MS);
          return undefined;
        }
        await delay(SLOW_WRITE_MS);
        return ecwidErrorResponse(500, {
          errorMessage: 'Internal server error',
          errorCode: 'INTERNAL_ERROR',
        });
      }),
    );
    const cacheWhenFailed: { phoneNote?: string; emailDefaults: number[] }[] = [];
    const queryClient = createWriteTestQueryClient();
    const { result } = await renderWithList(
      () =>
        useUpdateCustomerContact({
          retry: false,
          // Runs after the library's rollback and before its refetch.
          onError: () =>
            cacheWhenFailed.push({
              phoneNote: cachedDetail(queryClient, mockContactIds.seedPhone)?.note,
              emailDefaults: (cachedList(queryClient) ?? [])
                .filter((contact) => contact.type === 'EMAIL' && contact.default)
                .map((contact) => contact.id),
            }),
        }),
      { queryClient },
    );

    act(() => {
      result.current.write.mutate({
        customerId: SEED.customerId,
        contactId: secondEmail.id,
        patch: { default: true },
      });
      result.current.write.mutate({
        customerId: SEED.customerId,
        contactId: mockContactIds.seedPhone,
        patch: { note: 'Mobile' },
      });
    });
    await waitFor(() => expect(cacheWhenFailed).toHaveLength(1));

    expect(cacheWhenFailed).toEqual([{ phoneNote: 'Mobile', emailDefaults: [SEED.contactId] }]);
    expect(cachedList(queryClient)?.find((contact) => contact.id === mockContactIds.seedPhone)?.note).toBe(
      'Mobile',
    );
    await waitFor(() => expect(queryClient.isMutating()).toBe(0));
    expect(cachedContacts(queryClient)).toEqual(serverContacts());
  });

  it('rolls back after a 403 for the missing update_customers scope', async () => {
    const readOnlyClient = createEcwidClient({ storeId: SEED.storeId, token: mockTokens.readOnly });
    const { result, queryClient } = await renderWithList(() => useUpdateCustomerContact(), {
      client: readOnlyClient,
    });

    await expect(act(() => result.current.write.mutateAsync(noteUpdate))).rejects.toMatchObject({
      kind: 'missing-scope',
      status: 403,
      scope: 'update_customers',
    });

    await waitFor(() => expect(result.current.write.isError).toBe(true));
    expect(result.current.write.variables).toEqual(noteUpdate);
    expect(cachedDetail(queryClient, SEED.contactId)?.note).toBeUndefined();
    expect(cachedContacts(queryClient)).toEqual(serverContacts());
    expect(countRequests(network, 'PUT', 'detail')).toBe(1);
  });

  it('rolls back when Ecwid answers that it updated nothing', async () => {
    server.use(writeNotAppliedHandler({ method: 'PUT' }));
    const { result, queryClient } = await renderWithList(() => useUpdateCustomerContact({ retryDelay: 0 }));

    await expect(act(() => result.current.write.mutateAsync(noteUpdate))).rejects.toMatchObject({
      kind: 'not-applied',
    });

    expect(cachedContacts(queryClient)).toEqual(serverContacts());
  });

  it('refetches the list once after three quick updates, and no detail the list holds', async () => {
    server.use(slowWriteHandler({ method: 'PUT', delayMs: SLOW_WRITE_MS }));
    const { result, queryClient, wrapper } = await renderWithList(() => useUpdateCustomerContact());
    const detail = renderHook(() => useCustomerContact(SEED), { wrapper });
    // Reading `data` also subscribes the hook to it (TanStack re-renders for the fields a component reads).
    expect(detail.result.current.data).toMatchObject({ id: SEED.contactId, contact: seedContact.contact });

    act(() => {
      result.current.write.mutate(noteUpdate);
      result.current.write.mutate({
        customerId: SEED.customerId,
        contactId: mockContactIds.seedPhone,
        patch: { note: 'Mobile' },
      });
      result.current.write.mutate({
        customerId: SEED.customerId,
        contactId: SEED.contactId,
        patch: { contact: 'owner@example.com' },
      });
    });
    await waitFor(() => expect(queryClient.isMutating()).toBe(3));
    await waitFor(() => expect(queryClient.isMutating()).toBe(0));

    expect(countRequests(network, 'PUT', 'detail')).toBe(3);
    expect(countRequests(network, 'GET', 'list')).toBe(2);
    expect(countRequests(network, 'GET', 'detail')).toBe(0);
    expect(cachedContacts(queryClient)).toEqual(serverContacts());
    const expected = { contact: 'owner@example.com', note: 'Call after 5 pm' };
    expect(cachedDetail(queryClient, SEED.contactId)).toMatchObject(expected);
    await waitFor(() => expect(detail.result.current.data).toMatchObject(expected));
  });

  it("refetches the list once when the host's onSettled is still pending as the writes settle", async () => {
    const { result, queryClient } = await renderWithList(() =>
      useUpdateCustomerContact({ onSettled: () => delay(SLOW_WRITE_MS) }),
    );

    act(() => {
      result.current.write.mutate(noteUpdate);
      result.current.write.mutate({
        customerId: SEED.customerId,
        contactId: mockContactIds.seedPhone,
        patch: { note: 'Mobile' },
      });
    });
    await waitFor(() => expect(queryClient.isMutating()).toBe(2));
    await waitFor(() => expect(queryClient.isMutating()).toBe(0));

    expect(countRequests(network, 'PUT', 'detail')).toBe(2);
    expect(countRequests(network, 'GET', 'list')).toBe(2);
    expect(cachedContacts(queryClient)).toEqual(serverContacts());
  });

  it.each([
    ['succeeds', () => [slowWriteHandler({ method: 'PUT', delayMs: SLOW_WRITE_MS })]],
    [
      'fails',
      () => [
        slowWriteHandler({ method: 'PUT', delayMs: SLOW_WRITE_MS }),
        writeServerErrorHandler({ method: 'PUT' }),
      ],
    ],
  ])(
    'leaves the server state in the cache when the component unmounts while a write %s',
    async (_outcome, handlers) => {
      server.use(...handlers());
      const { result, queryClient, unmount } = await renderWithList(() =>
        useUpdateCustomerContact({ retry: false }),
      );

      act(() => result.current.write.mutate(noteUpdate));
      await waitFor(() => expect(cachedDetail(queryClient, SEED.contactId)?.note).toBe('Call after 5 pm'));
      unmount();
      expect(queryClient.isMutating()).toBe(1);

      await waitFor(() => expect(queryClient.isMutating()).toBe(0));
      expect(cachedContacts(queryClient)).toEqual(serverContacts());
      expect(cachedDetail(queryClient, SEED.contactId)?.note).toBe(storedNote(SEED.contactId));
      // Nothing on screen to refetch for: the list is stale, and refetches when it is shown again.
      expect(
        queryClient.getQueryState(customerContactKeys.list(SEED.storeId, SEED.customerId))?.isInvalidated,
      ).toBe(true);
    },
  );

  it("runs the host's callbacks after the library's own, with the host's onMutate result", async () => {
    server.use(writeServerErrorHandler({ method: 'PUT' }));
    const seen: string[] = [];
    const queryClient = createWriteTestQueryClient({
      onError: () => seen.push('host default onError'),
    });
    const { result } = await renderWithList(
      () =>
        useUpdateCustomerContact({
          retry: false,
          onMutate: (variables, context) => {
            seen.push(`onMutate sees note ${cachedDetail(context.client, variables.contactId)?.note}`);
            return { startedAt: 42 };
          },
          onError: (error, _variables, onMutateResult) => {
            const note = cachedDetail(queryClient, SEED.contactId)?.note;
            seen.push(`onError ${error.kind} ${onMutateResult?.startedAt} sees note ${note}`);
          },
          onSettled: (_data, _error, _variables, onMutateResult) => {
            seen.push(
              `onSettled ${onMutateResult?.startedAt} after ${countRequests(network, 'GET', 'list')} list GETs`,
            );
          },
        }),
      { queryClient },
    );

    await act(() => result.current.write.mutateAsync(noteUpdate).catch(() => undefined));

    expect(seen).toEqual([
      'onMutate sees note Call after 5 pm',
      'onError server 42 sees note undefined',
      'onSettled 42 after 2 list GETs',
    ]);
  });

  it("runs the host's default callbacks when the hook is given none", async () => {
    const onSuccess = vi.fn();
    const onSettled = vi.fn();
    const queryClient = createWriteTestQueryClient({ onSuccess });
    queryClient.setMutationDefaults(customerContactMutationKeys.all, { onSettled });
    const { result } = await renderWithList(() => useUpdateCustomerContact(), { queryClient });

    await act(() => result.current.write.mutateAsync(noteUpdate));

    expect(onSuccess).toHaveBeenCalledWith(undefined, noteUpdate, undefined, expect.anything());
    expect(onSettled).toHaveBeenCalledWith(undefined, null, noteUpdate, undefined, expect.anything());
  });

  it('retries a PUT after a 500 (it is idempotent)', async () => {
    server.use(writeServerErrorHandler({ method: 'PUT', once: true }));
    const { result } = await renderWithList(() => useUpdateCustomerContact({ retryDelay: 0 }));

    await act(() => result.current.write.mutateAsync(noteUpdate));

    expect(countRequests(network, 'PUT', 'detail')).toBe(2);
    expect(storedNote(SEED.contactId)).toBe('Call after 5 pm');
  });

  it.each([
    ['defaultOptions.mutations', () => createWriteTestQueryClient({ retry: false })],
    [
      'setMutationDefaults',
      () => {
        const queryClient = createWriteTestQueryClient();
        queryClient.setMutationDefaults(customerContactMutationKeys.all, { retry: false });
        return queryClient;
      },
    ],
  ])(
    "keeps the host's retry: false from %s over the library's policy",
    async (_source, createQueryClient) => {
      server.use(writeServerErrorHandler({ method: 'PUT' }));
      const { result } = await renderWithList(() => useUpdateCustomerContact({ retryDelay: 0 }), {
        queryClient: createQueryClient(),
      });

      await expect(act(() => result.current.write.mutateAsync(noteUpdate))).rejects.toMatchObject({
        kind: 'server',
      });

      expect(countRequests(network, 'PUT', 'detail')).toBe(1);
    },
  );

  it("lets the hook's retry win over the host's default", async () => {
    server.use(writeServerErrorHandler({ method: 'PUT' }));
    const { result } = await renderWithList(() => useUpdateCustomerContact({ retry: 1, retryDelay: 0 }), {
      queryClient: createWriteTestQueryClient({ retry: false }),
    });

    await expect(act(() => result.current.write.mutateAsync(noteUpdate))).rejects.toMatchObject({
      kind: 'server',
    });

    expect(countRequests(network, 'PUT', 'detail')).toBe(2);
  });
});
