import { act, renderHook, waitFor } from '@testing-library/react';
import { createEcwidClient, type NewCustomerContact } from '../../src/api/index';
import {
  useCreateCustomerContact,
  useCustomerContacts,
  usePendingCustomerContactCreations,
  type CreateCustomerContactVariables,
} from '../../src/query/index';
import { slowWriteHandler, writeRateLimitedHandler, writeServerErrorHandler } from '../mocks/failureHandlers';
import { mockTokens } from '../mocks/mockAuthorization';
import { mockCustomerIds } from '../mocks/mockStore';
import { server } from '../mocks/server';
import {
  cachedContacts,
  cachedList,
  countRequests,
  createWriteTestQueryClient,
  renderWithList,
  serverContacts,
} from './contactWriteHarness';
import { createTestClient, createWrapper, recordRequestsInEachTest, SEED } from './queryTestHarness';

const network = recordRequestsInEachTest();
/** Long enough to look at the cache before Ecwid answers, well within `waitFor`'s second. */
const SLOW_WRITE_MS = 300;

const newEmail: NewCustomerContact = { type: 'EMAIL', contact: 'new@example.com', note: 'From the fair' };
const emailCreation: CreateCustomerContactVariables = { customerId: SEED.customerId, contact: newEmail };

describe('useCreateCustomerContact', () => {
  it('shows the new contact through the pending hook until the refetched list holds it', async () => {
    server.use(slowWriteHandler({ method: 'POST', delayMs: SLOW_WRITE_MS }));
    const frames: { pending: number; listed: boolean }[] = [];
    const { result, queryClient } = await renderWithList(() => {
      const pending = usePendingCustomerContactCreations({ customerId: SEED.customerId });
      const contacts = useCustomerContacts({ customerId: SEED.customerId }).data;
      frames.push({
        pending: pending.length,
        listed: contacts?.some((contact) => contact.contact === newEmail.contact) ?? false,
      });
      return { pending, create: useCreateCustomerContact() };
    });

    act(() => result.current.write.create.mutate(emailCreation));

    await waitFor(() => expect(result.current.write.pending).toEqual([newEmail]));
    expect(cachedList(queryClient)?.map((contact) => contact.contact)).not.toContain(newEmail.contact);
    const firstPendingFrame = frames.length - 1;
    await waitFor(() => expect(result.current.write.create.isSuccess).toBe(true));

    expect(result.current.write.pending).toEqual([]);
    expect(result.current.list.data?.find((contact) => contact.contact === newEmail.contact)).toMatchObject(
      newEmail,
    );
    expect(cachedContacts(queryClient)).toEqual(serverContacts());
    // No render without the new contact: the pending one leaves only once the list holds it.
    expect(frames.slice(firstPendingFrame).every((frame) => frame.pending === 1 || frame.listed)).toBe(true);
  });

  it("lists only the customer's own pending creations", async () => {
    server.use(slowWriteHandler({ method: 'POST', delayMs: SLOW_WRITE_MS }));
    const queryClient = createWriteTestQueryClient();
    const { result } = renderHook(
      () => ({
        create: useCreateCustomerContact(),
        seedPending: usePendingCustomerContactCreations({ customerId: SEED.customerId }),
        otherPending: usePendingCustomerContactCreations({ customerId: mockCustomerIds.notes }),
      }),
      { wrapper: createWrapper(queryClient, createTestClient()) },
    );

    act(() => result.current.create.mutate(emailCreation));

    await waitFor(() => expect(result.current.seedPending).toEqual([newEmail]));
    expect(result.current.otherPending).toEqual([]);
    await waitFor(() => expect(queryClient.isMutating()).toBe(0));
  });

  it('does not repeat a POST after a 500 (it may have been applied) and refetches the list to tell', async () => {
    server.use(writeServerErrorHandler({ method: 'POST' }));
    const { result } = await renderWithList(() => useCreateCustomerContact({ retryDelay: 0 }));

    await expect(act(() => result.current.write.mutateAsync(emailCreation))).rejects.toMatchObject({
      kind: 'server',
      status: 500,
    });

    await waitFor(() => expect(result.current.write.isError).toBe(true));
    expect(countRequests(network, 'POST', 'list')).toBe(1);
    expect(countRequests(network, 'GET', 'list')).toBe(2);
    expect(result.current.write.variables).toEqual(emailCreation);
  });

  it("does not repeat a POST after a 500 when the host's default retry is 3", async () => {
    server.use(writeServerErrorHandler({ method: 'POST' }));
    const { result } = await renderWithList(() => useCreateCustomerContact(), {
      queryClient: createWriteTestQueryClient({ retry: 3, retryDelay: 0 }),
    });

    await expect(act(() => result.current.write.mutateAsync(emailCreation))).rejects.toMatchObject({
      kind: 'server',
      status: 500,
    });

    expect(countRequests(network, 'POST', 'list')).toBe(1);
  });

  it("retries a POST after a 429 within the host's default retry", async () => {
    server.use(writeRateLimitedHandler({ method: 'POST', once: true }));
    const { result } = await renderWithList(() => useCreateCustomerContact(), {
      queryClient: createWriteTestQueryClient({ retry: 3, retryDelay: 0 }),
    });

    await act(() => result.current.write.mutateAsync(emailCreation));

    expect(countRequests(network, 'POST', 'list')).toBe(2);
  });

  it("does not retry a POST after a 429 when the host's default is retry: false", async () => {
    server.use(writeRateLimitedHandler({ method: 'POST', once: true }));
    const { result } = await renderWithList(() => useCreateCustomerContact(), {
      queryClient: createWriteTestQueryClient({ retry: false, retryDelay: 0 }),
    });

    await expect(act(() => result.current.write.mutateAsync(emailCreation))).rejects.toMatchObject({
      kind: 'rate-limited',
    });

    expect(countRequests(network, 'POST', 'list')).toBe(1);
  });

  it("lets the hook's own retry repeat a POST after a 500", async () => {
    server.use(writeServerErrorHandler({ method: 'POST' }));
    const { result } = await renderWithList(() => useCreateCustomerContact({ retry: 1, retryDelay: 0 }), {
      queryClient: createWriteTestQueryClient({ retry: false }),
    });

    await expect(act(() => result.current.write.mutateAsync(emailCreation))).rejects.toMatchObject({
      kind: 'server',
    });

    expect(countRequests(network, 'POST', 'list')).toBe(2);
  });

  it('fails with the create_customers scope named for a read-only token, keeping what was typed', async () => {
    const readOnlyClient = createEcwidClient({ storeId: SEED.storeId, token: mockTokens.readOnly });
    const { result, queryClient } = await renderWithList(
      () => ({
        create: useCreateCustomerContact(),
        pending: usePendingCustomerContactCreations({ customerId: SEED.customerId }),
      }),
      { client: readOnlyClient },
    );

    await expect(act(() => result.current.write.create.mutateAsync(emailCreation))).rejects.toMatchObject({
      kind: 'missing-scope',
      scope: 'create_customers',
    });

    await waitFor(() => expect(result.current.write.create.isError).toBe(true));
    expect(result.current.write.create.variables).toEqual(emailCreation);
    expect(result.current.write.pending).toEqual([]);
    expect(cachedContacts(queryClient)).toEqual(serverContacts());
  });
});
