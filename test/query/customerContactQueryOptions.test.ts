import { readFileSync } from 'node:fs';
import path from 'node:path';
import { QueryClient, skipToken } from '@tanstack/react-query';
import { http, HttpResponse } from 'msw';
import { isEcwidApiError, parseCustomerContact } from '../../src/api/index';
import {
  customerContactKeys,
  customerContactQueryOptions,
  customerContactsQueryOptions,
  withLibraryDefaults,
} from '../../src/query/index';
import { CONTACT_DETAIL_PATH, CONTACT_LIST_PATH } from '../mocks/ecwidApi';
import { seedContact } from '../mocks/mockStore';
import { server } from '../mocks/server';
import {
  contactJson,
  createTestClient,
  createTestQueryClient,
  recordRequestsInEachTest,
  SEED,
} from './queryTestHarness';

const requests = recordRequestsInEachTest();

describe('customerContactQueryOptions', () => {
  it('prefetches a contact without React, the way a server would', async () => {
    const queryClient = createTestQueryClient();
    const options = customerContactQueryOptions(createTestClient(), SEED);

    await queryClient.prefetchQuery(options);

    expect(options.queryKey).toEqual(
      customerContactKeys.detail(SEED.storeId, SEED.customerId, SEED.contactId),
    );
    expect(queryClient.getQueryData(options.queryKey)).toEqual(parseCustomerContact(seedContact));
    expect(requests).toHaveLength(1);
    queryClient.clear();
  });

  // A server render must not wait out retries the host did not ask for (a 429 may ask for a minute).
  it("sends one request for a failing prefetch when the host's QueryClient says retry: false", async () => {
    server.use(http.get(CONTACT_DETAIL_PATH, () => new HttpResponse(null, { status: 500 })));
    const queryClient = createTestQueryClient({ retry: false });

    await queryClient.prefetchQuery(customerContactQueryOptions(createTestClient(), SEED));

    expect(requests).toHaveLength(1);
    expect(
      queryClient.getQueryState(customerContactKeys.detail(SEED.storeId, SEED.customerId, SEED.contactId)),
    ).toMatchObject({ status: 'error', error: { kind: 'server' } });
    queryClient.clear();
  });

  it("keeps TanStack's no-retry default for a prefetch when the host sets nothing", async () => {
    server.use(http.get(CONTACT_DETAIL_PATH, () => new HttpResponse(null, { status: 500 })));
    const queryClient = new QueryClient();

    await queryClient.prefetchQuery(customerContactQueryOptions(createTestClient(), SEED));

    expect(requests).toHaveLength(1);
    queryClient.clear();
  });

  it("retries a prefetch by the library's policy once wrapped in withLibraryDefaults", async () => {
    server.use(http.get(CONTACT_DETAIL_PATH, () => new HttpResponse(null, { status: 500 }), { once: true }));
    // The host's retryDelay wins over the library's backoff; the library's retry decision stays.
    const queryClient = createTestQueryClient({ retryDelay: 0 });

    await queryClient.prefetchQuery(
      withLibraryDefaults(queryClient, customerContactQueryOptions(createTestClient(), SEED)),
    );

    expect(requests).toHaveLength(2);
    expect(
      queryClient.getQueryData(customerContactKeys.detail(SEED.storeId, SEED.customerId, SEED.contactId)),
    ).toEqual(parseCustomerContact(seedContact));
    queryClient.clear();
  });

  it.each([
    ['a missing customer id', { contactId: 1 }],
    ['a missing contact id', { customerId: 1 }],
    ['zero', { customerId: 0, contactId: 1 }],
    ['a negative id', { customerId: 1, contactId: -1 }],
    ['a fraction', { customerId: 1.5, contactId: 1 }],
    ['NaN', { customerId: Number.NaN, contactId: 1 }],
    ['an unsafe integer', { customerId: 2 ** 53, contactId: 1 }],
  ])('skips the query for %s', async (_name, ids) => {
    const queryClient = createTestQueryClient();
    const options = customerContactQueryOptions(createTestClient(), ids);

    expect(options.queryFn).toBe(skipToken);
    await queryClient.prefetchQuery(options);
    expect(requests).toHaveLength(0);
    queryClient.clear();
  });

  it('hands the query signal to the client, so cancelling aborts the request', async () => {
    let requestSignal: AbortSignal | undefined;
    server.use(
      http.get(CONTACT_DETAIL_PATH, ({ request }) => {
        requestSignal = request.signal;
        return new Promise<Response>((resolve) => {
          request.signal.addEventListener('abort', () => resolve(HttpResponse.error()));
        });
      }),
    );
    const queryClient = createTestQueryClient();
    const options = customerContactQueryOptions(createTestClient(), SEED);

    const fetching = queryClient.fetchQuery(options);
    await vi.waitFor(() => expect(requestSignal).toBeDefined());
    await queryClient.cancelQueries({ queryKey: options.queryKey });

    await expect(fetching).rejects.toThrow();
    expect(requestSignal?.aborted).toBe(true);
    queryClient.clear();
  });
});

describe('customerContactsQueryOptions', () => {
  it('fetches the list and seeds every contact into its own detail entry', async () => {
    server.use(
      http.get(CONTACT_LIST_PATH, () =>
        HttpResponse.json({ items: [contactJson(11), contactJson(12, { type: 'PHONE', contact: '+123' })] }),
      ),
    );
    const queryClient = createTestQueryClient();
    const client = createTestClient();

    await queryClient.prefetchQuery(customerContactsQueryOptions(client, { customerId: 7 }));

    expect(queryClient.getQueryData(customerContactKeys.list(SEED.storeId, 7))).toHaveLength(2);
    expect(
      queryClient.getQueryData(
        customerContactQueryOptions(client, { customerId: 7, contactId: 12 }).queryKey,
      ),
    ).toMatchObject({ id: 12, type: 'PHONE', contact: '+123' });
    expect(queryClient.getQueryData(customerContactKeys.detail(SEED.storeId, 7, 11))).toMatchObject({
      id: 11,
    });
    expect(requests).toHaveLength(1);
    queryClient.clear();
  });

  it('does not overwrite a detail fetched while the list was in flight', async () => {
    const client = createTestClient();
    const queryClient = createTestQueryClient();
    const detailKey = customerContactKeys.detail(SEED.storeId, 7, 11);
    server.use(
      http.get(CONTACT_LIST_PATH, () => {
        // The detail lands after the list request left and before its answer arrives.
        queryClient.setQueryData(detailKey, { ...contactJson(11), contact: 'newer@example.com' });
        return HttpResponse.json({ items: [contactJson(11, { contact: 'older@example.com' })] });
      }),
    );

    await queryClient.prefetchQuery(customerContactsQueryOptions(client, { customerId: 7 }));

    expect(queryClient.getQueryData(detailKey)).toMatchObject({ contact: 'newer@example.com' });
    queryClient.clear();
  });

  it('skips the query for a missing or invalid customer id', async () => {
    const queryClient = createTestQueryClient();
    for (const customerId of [undefined, 0, -3, 2.5]) {
      const options = customerContactsQueryOptions(createTestClient(), { customerId });
      expect(options.queryFn).toBe(skipToken);
      await queryClient.prefetchQuery(options);
    }
    expect(requests).toHaveLength(0);
    queryClient.clear();
  });

  it('fails with an EcwidApiError the host can switch on', async () => {
    server.use(
      http.get(CONTACT_LIST_PATH, () => HttpResponse.json({ errorMessage: 'nope' }, { status: 404 })),
    );
    const queryClient = createTestQueryClient();

    const error: unknown = await queryClient
      .fetchQuery(customerContactsQueryOptions(createTestClient(), { customerId: 7 }))
      .catch((caught: unknown) => caught);

    expect(isEcwidApiError(error) && error.kind).toBe('not-found');
    queryClient.clear();
  });
});

describe('server-safe modules', () => {
  // A server prefetches with these; a "use client" directive (or importing a module with one) would
  // turn them into client references in React Server Components.
  it.each([
    'customerContactKeys.ts',
    'customerContactQueryOptions.ts',
    'customerContactsQueryOptions.ts',
    'customerContactCache.ts',
    'withLibraryDefaults.ts',
  ])('%s declares no "use client" and imports no client module', (file) => {
    const source = readFileSync(path.join(process.cwd(), 'src/query', file), 'utf8');
    // The directive as the build's banner plugin detects it: first statement, after any comments.
    expect(source).not.toMatch(/^\s*(?:\/\/[^\n]*\n\s*|\/\*[\s\S]*?\*\/\s*)*['"]use client['"]/);
    expect(source).not.toMatch(/from '\.\/(use[A-Z]|Ecwid)/);
  });
});
