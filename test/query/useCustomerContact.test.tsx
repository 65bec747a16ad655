import { useQuery } from '@tanstack/react-query';
import { act, render, renderHook, screen, waitFor } from '@testing-library/react';
import { http, HttpResponse } from 'msw';
import {
  parseCustomerContact,
  type CustomerContact,
  type EcwidApiError,
  type EcwidClient,
} from '../../src/api/index';
import {
  customerContactKeys,
  customerContactQueryOptions,
  useCustomerContact,
  useCustomerContacts,
} from '../../src/query/index';
import { CONTACT_DETAIL_PATH, CONTACT_LIST_PATH, ECWID_API } from '../mocks/ecwidApi';
import { seedContact } from '../mocks/mockStore';
import { server } from '../mocks/server';
import {
  CaptureErrors,
  contactJson,
  createTestClient,
  createTestQueryClient,
  createWrapper,
  recordRequestsInEachTest,
  SEED,
} from './queryTestHarness';

const requests = recordRequestsInEachTest();
afterEach(() => {
  vi.useRealTimers();
});

// The library's first backoff step for a 5xx.
const FIRST_BACKOFF_MS = 1_000;

/** Puts timers and `Date` on a fake clock, so retry waits cost no real time; MSW keeps real I/O. */
function installRetryClock(): void {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
}

/** Lets due timers and pending I/O run without moving the fake clock, until `condition` holds. */
async function runOnFakeClockUntil(condition: () => boolean): Promise<void> {
  while (!condition()) await act(() => vi.advanceTimersByTimeAsync(0));
}

function ContactText({
  ids,
  client,
}: {
  ids: { customerId?: number; contactId?: number };
  client?: EcwidClient;
}) {
  const { data, error } = useCustomerContact(ids, client ? { client } : {});
  if (error) return <p>error: {error.kind}</p>;
  return <p>{data ? data.contact : 'loading'}</p>;
}

describe('useCustomerContact', () => {
  it('fetches the seed contact', async () => {
    const queryClient = createTestQueryClient();
    const { result } = renderHook(() => useCustomerContact(SEED), {
      wrapper: createWrapper(queryClient, createTestClient()),
    });

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(result.current.data).toEqual(parseCustomerContact(seedContact));
    expect(requests.map((request) => request.url)).toEqual([
      `${ECWID_API}/${SEED.storeId}/customers/${SEED.customerId}/contacts/${SEED.contactId}`,
    ]);
    queryClient.clear();
  });

  it('types data as CustomerContact | undefined and error as EcwidApiError | null', async () => {
    const queryClient = createTestQueryClient();
    const client = createTestClient();
    const { result } = renderHook(
      () => ({
        plain: useCustomerContact(SEED),
        selected: useCustomerContact(SEED, { select: (contact) => contact.contact }),
        list: useCustomerContacts({ customerId: SEED.customerId }),
        fromOptions: useQuery(customerContactQueryOptions(client, SEED)),
      }),
      { wrapper: createWrapper(queryClient, client) },
    );

    expectTypeOf(result.current.plain.data).toEqualTypeOf<CustomerContact | undefined>();
    expectTypeOf(result.current.plain.error).toEqualTypeOf<EcwidApiError | null>();
    expectTypeOf(result.current.selected.data).toEqualTypeOf<string | undefined>();
    expectTypeOf(result.current.list.data).toEqualTypeOf<CustomerContact[] | undefined>();
    expectTypeOf(result.current.list.error).toEqualTypeOf<EcwidApiError | null>();
    expectTypeOf(result.current.fromOptions.error).toEqualTypeOf<EcwidApiError | null>();
    await waitFor(() => expect(result.current.selected.data).toBe(seedContact.contact));
    expect(result.current.plain.data?.id).toBe(SEED.contactId);
    expect(result.current.fromOptions.data?.id).toBe(SEED.contactId);
    queryClient.clear();
  });

  it('makes one request for two components with the same ids', async () => {
    const queryClient = createTestQueryClient();
    render(
      <>
        <ContactText ids={SEED} />
        <ContactText ids={{ ...SEED }} />
      </>,
      { wrapper: createWrapper(queryClient, createTestClient()) },
    );

    expect(await screen.findAllByText(seedContact.contact)).toHaveLength(2);
    expect(requests).toHaveLength(1);
    queryClient.clear();
  });

  it('answers three details from a fetched list with one request in total', async () => {
    server.use(
      http.get(CONTACT_LIST_PATH, () =>
        HttpResponse.json({ items: [contactJson(11), contactJson(12), contactJson(13)] }),
      ),
    );
    const queryClient = createTestQueryClient();
    const wrapper = createWrapper(queryClient, createTestClient());
    const list = renderHook(() => useCustomerContacts({ customerId: 7 }), { wrapper });
    await waitFor(() => expect(list.result.current.data).toHaveLength(3));

    render(
      <>
        <ContactText ids={{ customerId: 7, contactId: 11 }} />
        <ContactText ids={{ customerId: 7, contactId: 12 }} />
        <ContactText ids={{ customerId: 7, contactId: 13 }} />
      </>,
      { wrapper },
    );

    // Synchronously, on the first render: no loading state in between.
    expect(screen.getByText('contact-11@example.com')).toBeInTheDocument();
    expect(screen.getByText('contact-12@example.com')).toBeInTheDocument();
    expect(screen.getByText('contact-13@example.com')).toBeInTheDocument();
    expect(queryClient.isFetching()).toBe(0);
    expect(requests).toHaveLength(1);
    queryClient.clear();
  });

  it('takes a contact from a list put in the cache by other means, with the list update time', () => {
    const queryClient = createTestQueryClient();
    const client = createTestClient();
    const contact = parseCustomerContact(seedContact);
    const listUpdatedAt = Date.now() - 5_000;
    queryClient.setQueryData(customerContactKeys.list(SEED.storeId, SEED.customerId), [contact], {
      updatedAt: listUpdatedAt,
    });

    const { result } = renderHook(() => useCustomerContact(SEED), {
      wrapper: createWrapper(queryClient, client),
    });

    expect(result.current.data).toEqual(contact);
    expect(result.current.dataUpdatedAt).toBe(listUpdatedAt);
    expect(result.current.isFetching).toBe(false);
    expect(requests).toHaveLength(0);
    queryClient.clear();
  });

  it('refetches a contact taken from a list older than staleTime', async () => {
    const queryClient = createTestQueryClient();
    const client = createTestClient();
    const stale = parseCustomerContact({ ...seedContact, contact: 'stale@example.com' });
    queryClient.setQueryData(customerContactKeys.list(SEED.storeId, SEED.customerId), [stale], {
      updatedAt: Date.now() - 61_000,
    });

    const { result } = renderHook(() => useCustomerContact(SEED), {
      wrapper: createWrapper(queryClient, client),
    });

    expect(result.current.data?.contact).toBe('stale@example.com');
    await waitFor(() => expect(result.current.data?.contact).toBe(seedContact.contact));
    expect(requests).toHaveLength(1);
    queryClient.clear();
  });

  it('keeps two stores with equal customer and contact ids apart', async () => {
    server.use(
      http.get(CONTACT_DETAIL_PATH, ({ params }) =>
        HttpResponse.json(contactJson(5, { contact: `store-${String(params.storeId)}@example.com` })),
      ),
    );
    const queryClient = createTestQueryClient();
    const ids = { customerId: 4, contactId: 5 };
    render(
      <>
        <ContactText ids={ids} />
        <ContactText ids={ids} client={createTestClient(2004)} />
      </>,
      { wrapper: createWrapper(queryClient, createTestClient(1003)) },
    );

    expect(await screen.findByText('store-1003@example.com')).toBeInTheDocument();
    expect(await screen.findByText('store-2004@example.com')).toBeInTheDocument();
    expect(queryClient.getQueryCache().findAll({ queryKey: customerContactKeys.all })).toHaveLength(2);
    expect(requests).toHaveLength(2);
    queryClient.clear();
  });

  it('aborts the request when the component unmounts mid-request', async () => {
    let abortedAtEdge = false;
    server.use(
      http.get(
        CONTACT_DETAIL_PATH,
        ({ request }) =>
          new Promise<Response>((resolve) => {
            request.signal.addEventListener('abort', () => {
              abortedAtEdge = true;
              resolve(HttpResponse.error());
            });
          }),
      ),
    );
    const queryClient = createTestQueryClient();
    const { unmount } = renderHook(() => useCustomerContact(SEED), {
      wrapper: createWrapper(queryClient, createTestClient()),
    });
    await waitFor(() => expect(requests).toHaveLength(1));

    unmount();

    await waitFor(() => expect(abortedAtEdge).toBe(true));
    const state = queryClient.getQueryState(
      customerContactKeys.detail(SEED.storeId, SEED.customerId, SEED.contactId),
    );
    // Cancelled, not failed: the entry goes back to where it was, ready for the next mount.
    expect(state).toMatchObject({ status: 'pending', fetchStatus: 'idle', error: null });
    queryClient.clear();
  });

  it('reports a 404 as not-found without retrying', async () => {
    server.use(
      http.get(CONTACT_DETAIL_PATH, () =>
        HttpResponse.json({ errorMessage: 'Customer contact not found' }, { status: 404 }),
      ),
    );
    const queryClient = createTestQueryClient();
    const { result } = renderHook(() => useCustomerContact(SEED), {
      wrapper: createWrapper(queryClient, createTestClient()),
    });

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.kind).toBe('not-found');
    expect(result.current.error?.status).toBe(404);
    expect(result.current.failureCount).toBe(1);
    expect(requests).toHaveLength(1);
    queryClient.clear();
  });

  it('waits Retry-After on a 429, then succeeds', async () => {
    const retryAfterMs = 1_000;
    installRetryClock();
    server.use(
      http.get(
        CONTACT_DETAIL_PATH,
        () =>
          HttpResponse.json(
            { errorMessage: 'Too many requests', errorCode: 'RATE_LIMITED' },
            { status: 429, headers: { 'Retry-After': String(retryAfterMs / 1_000) } },
          ),
        { once: true },
      ),
    );
    const queryClient = createTestQueryClient();
    const { result } = renderHook(() => useCustomerContact(SEED), {
      wrapper: createWrapper(queryClient, createTestClient()),
    });
    await runOnFakeClockUntil(() => result.current.failureCount === 1);

    // Not a moment before the time Ecwid asked for...
    await act(() => vi.advanceTimersByTimeAsync(retryAfterMs - 1));
    expect(requests).toHaveLength(1);
    // ...and right then, not after the 10 s the library waits when Retry-After is absent.
    await act(() => vi.advanceTimersByTimeAsync(1));
    await vi.waitFor(() => expect(result.current.isSuccess).toBe(true));

    expect(result.current.data).toEqual(parseCustomerContact(seedContact));
    expect(requests).toHaveLength(2);
    queryClient.clear();
  });

  it('retries a 500 with the library backoff, then succeeds', async () => {
    installRetryClock();
    server.use(
      http.get(
        CONTACT_DETAIL_PATH,
        () =>
          HttpResponse.json({ errorMessage: 'Internal error', errorCode: 'INTERNAL_ERROR' }, { status: 500 }),
        { once: true },
      ),
    );
    const queryClient = createTestQueryClient();
    const { result } = renderHook(() => useCustomerContact(SEED), {
      wrapper: createWrapper(queryClient, createTestClient()),
    });
    await runOnFakeClockUntil(() => result.current.failureCount === 1);

    // The first retry waits between half and all of the 1 s first step ("equal jitter").
    await act(() => vi.advanceTimersByTimeAsync(FIRST_BACKOFF_MS / 2 - 1));
    expect(requests).toHaveLength(1);
    await act(() => vi.advanceTimersByTimeAsync(FIRST_BACKOFF_MS / 2 + 1));
    await vi.waitFor(() => expect(result.current.isSuccess).toBe(true));

    expect(requests).toHaveLength(2);
    queryClient.clear();
  });

  it('gives up on a lasting 500 after three retries', async () => {
    server.use(
      http.get(CONTACT_DETAIL_PATH, () =>
        HttpResponse.json({ errorMessage: 'Internal error' }, { status: 500 }),
      ),
    );
    const queryClient = createTestQueryClient();
    // The caller's retryDelay wins over the library's backoff; the library's retry decision stays.
    const { result } = renderHook(() => useCustomerContact(SEED, { retryDelay: 0 }), {
      wrapper: createWrapper(queryClient, createTestClient()),
    });

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.kind).toBe('server');
    expect(requests).toHaveLength(4);
    queryClient.clear();
  });

  it('obeys retry: false passed to the hook', async () => {
    server.use(http.get(CONTACT_DETAIL_PATH, () => new HttpResponse(null, { status: 500 })));
    const queryClient = createTestQueryClient();
    const { result } = renderHook(() => useCustomerContact(SEED, { retry: false }), {
      wrapper: createWrapper(queryClient, createTestClient()),
    });

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(result.current.error?.kind).toBe('server');
    expect(requests).toHaveLength(1);
    queryClient.clear();
  });

  it("obeys retry: false from the host's QueryClient defaults", async () => {
    server.use(http.get(CONTACT_DETAIL_PATH, () => new HttpResponse(null, { status: 500 })));
    const queryClient = createTestQueryClient({ retry: false });
    const { result } = renderHook(() => useCustomerContact(SEED), {
      wrapper: createWrapper(queryClient, createTestClient()),
    });

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(requests).toHaveLength(1);
    queryClient.clear();
  });

  it("obeys the host's setQueryDefaults for the library's keys", async () => {
    server.use(http.get(CONTACT_DETAIL_PATH, () => new HttpResponse(null, { status: 500 })));
    const queryClient = createTestQueryClient();
    queryClient.setQueryDefaults(customerContactKeys.all, { retry: false });
    const { result } = renderHook(() => useCustomerContact(SEED), {
      wrapper: createWrapper(queryClient, createTestClient()),
    });

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(requests).toHaveLength(1);
    queryClient.clear();
  });

  it("lets the hook's retry win over the host's retry: false", async () => {
    server.use(http.get(CONTACT_DETAIL_PATH, () => new HttpResponse(null, { status: 500 })));
    const queryClient = createTestQueryClient({ retry: false });
    const { result } = renderHook(() => useCustomerContact(SEED, { retry: 1, retryDelay: 0 }), {
      wrapper: createWrapper(queryClient, createTestClient()),
    });

    await waitFor(() => expect(result.current.isError).toBe(true));
    expect(requests).toHaveLength(2);
    queryClient.clear();
  });

  it("lets the host's staleTime win over the library's 60 s", async () => {
    const queryClient = createTestQueryClient({ staleTime: 0 });
    const wrapper = createWrapper(queryClient, createTestClient());
    const first = renderHook(() => useCustomerContact(SEED), { wrapper });
    await waitFor(() => expect(first.result.current.isSuccess).toBe(true));

    // Stale at once under the host's default: a second mount refetches.
    renderHook(() => useCustomerContact(SEED), { wrapper });
    await waitFor(() => expect(requests).toHaveLength(2));
    queryClient.clear();
  });

  it("lets the hook's staleTime win over the host's", () => {
    const queryClient = createTestQueryClient({ staleTime: 0 });
    queryClient.setQueryData(
      customerContactKeys.detail(SEED.storeId, SEED.customerId, SEED.contactId),
      parseCustomerContact(seedContact),
    );
    const { result } = renderHook(() => useCustomerContact(SEED, { staleTime: Infinity }), {
      wrapper: createWrapper(queryClient, createTestClient()),
    });

    expect(result.current.isFetching).toBe(false);
    expect(requests).toHaveLength(0);
    queryClient.clear();
  });

  it("lets the hook's staleTime win over the library's 60 s", async () => {
    const queryClient = createTestQueryClient();
    const wrapper = createWrapper(queryClient, createTestClient());
    const first = renderHook(() => useCustomerContact(SEED), { wrapper });
    await waitFor(() => expect(first.result.current.isSuccess).toBe(true));

    // Fresh under the library default: a second mount does not refetch...
    renderHook(() => useCustomerContact(SEED), { wrapper });
    expect(queryClient.isFetching()).toBe(0);
    // ...but with staleTime 0 it does.
    const eager = renderHook(() => useCustomerContact(SEED, { staleTime: 0 }), { wrapper });
    expect(eager.result.current.isFetching).toBe(true);
    await waitFor(() => expect(requests).toHaveLength(2));
    queryClient.clear();
  });

  it.each([
    ['no ids', {}],
    ['a missing contact id', { customerId: SEED.customerId }],
    ['a missing customer id', { contactId: SEED.contactId }],
    ['zero', { customerId: 0, contactId: SEED.contactId }],
    ['a negative id', { customerId: SEED.customerId, contactId: -1 }],
    ['NaN', { customerId: Number.NaN, contactId: SEED.contactId }],
  ])('makes no request for %s, and runs once the ids are valid', async (_name, ids) => {
    const queryClient = createTestQueryClient();
    const { result, rerender } = renderHook(
      ({ current }: { current: { customerId?: number; contactId?: number } }) => useCustomerContact(current),
      { wrapper: createWrapper(queryClient, createTestClient()), initialProps: { current: ids } },
    );

    expect(result.current).toMatchObject({ status: 'pending', fetchStatus: 'idle' });
    expect(queryClient.isFetching()).toBe(0);
    expect(requests).toHaveLength(0);

    rerender({ current: SEED });
    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(requests).toHaveLength(1);
    queryClient.clear();
  });

  it('makes no request when the caller sets enabled: false', () => {
    const queryClient = createTestQueryClient();
    const { result } = renderHook(() => useCustomerContact(SEED, { enabled: false }), {
      wrapper: createWrapper(queryClient, createTestClient()),
    });

    expect(result.current.fetchStatus).toBe('idle');
    expect(queryClient.isFetching()).toBe(0);
    expect(requests).toHaveLength(0);
    queryClient.clear();
  });

  it('uses a QueryClient passed in the options, without a QueryClientProvider', async () => {
    const queryClient = createTestQueryClient();
    const { result } = renderHook(() =>
      useCustomerContact(SEED, { client: createTestClient(), queryClient }),
    );

    await waitFor(() => expect(result.current.isSuccess).toBe(true));
    expect(
      queryClient.getQueryData(customerContactKeys.detail(SEED.storeId, SEED.customerId, SEED.contactId)),
    ).toMatchObject({ id: SEED.contactId });
    queryClient.clear();
  });

  it('says how to provide a client when there is none', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const queryClient = createTestQueryClient();
    const onError = vi.fn();
    render(
      <CaptureErrors onError={onError}>
        <ContactText ids={SEED} />
      </CaptureErrors>,
      { wrapper: createWrapper(queryClient) },
    );

    expect(onError).toHaveBeenCalledTimes(1);
    const error: unknown = onError.mock.calls[0]?.[0];
    expect(error).toBeInstanceOf(Error);
    expect((error as Error).message).toMatch(/<EcwidProvider client=\{createEcwidClient\(/);
    expect((error as Error).message).toMatch(/pass \{ client \}/);
    expect(requests).toHaveLength(0);
    vi.mocked(console.error).mockRestore();
    queryClient.clear();
  });
});
