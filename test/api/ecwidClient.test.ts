// @vitest-environment node
import { delay, http, HttpResponse } from 'msw';
import {
  createEcwidClient,
  DEFAULT_ECWID_API_BASE_URL,
  EcwidApiError,
  type EcwidApiErrorKind,
  type EcwidClient,
} from '../../src/api';
import { ECWID_API } from '../mocks/ecwidApi';
import { MOCK_STORE_ID, mockCustomerIds, seedContact } from '../mocks/mockStore';
import { server } from '../mocks/server';
import { expectNoSecret, rejectionOf } from './tokenLeak';

const TOKEN = 'secret_token';
const SEED_IDS = { customerId: mockCustomerIds.seed, contactId: seedContact.id };
const SEED_URL = `${ECWID_API}/${MOCK_STORE_ID}/customers/${SEED_IDS.customerId}/contacts/${SEED_IDS.contactId}`;

function seedClient(options: { timeoutMs?: number } = {}): EcwidClient {
  return createEcwidClient({ storeId: MOCK_STORE_ID, token: TOKEN, ...options });
}

describe('getCustomerContact', () => {
  test("sends the seed's exact request and maps the seed's exact response", async () => {
    const requests: Request[] = [];
    server.use(
      http.get(SEED_URL, ({ request }) => {
        requests.push(request.clone());
        return HttpResponse.json(seedContact);
      }),
    );

    const contact = await seedClient().getCustomerContact(SEED_IDS);

    expect(requests).toHaveLength(1);
    const [request] = requests as [Request];
    expect(request.method).toBe('GET');
    const url = new URL(request.url);
    expect(url.host).toBe('app.ecwid.com');
    expect(url.pathname).toBe('/api/v3/1003/customers/177737165/contacts/113861381');
    expect(url.search).toBe('');
    expect(request.headers.get('Authorization')).toBe('Bearer secret_token');
    expect(contact).toEqual({
      ...seedContact,
      rawType: seedContact.type,
      createdAt: new Date('2025-03-26T11:07:12.000Z'),
    });
  });

  test('answers from the shared mock store with its default handlers', async () => {
    const contact = await seedClient().getCustomerContact(SEED_IDS);
    expect(contact.contact).toBe(seedContact.contact);
  });

  test('calls a token function for every request, awaiting async ones', async () => {
    const seen: (string | null)[] = [];
    server.use(
      http.get(SEED_URL, ({ request }) => {
        seen.push(request.headers.get('Authorization'));
        return HttpResponse.json(seedContact);
      }),
    );
    let counter = 0;
    const client = createEcwidClient({
      storeId: 1003,
      token: async () => {
        counter += 1;
        return `secret_rotated_${counter}`;
      },
    });
    await client.getCustomerContact(SEED_IDS);
    await client.getCustomerContact(SEED_IDS);
    expect(seen).toEqual(['Bearer secret_rotated_1', 'Bearer secret_rotated_2']);
  });

  test('uses a proxy baseUrl (trailing slash ignored) and an injected fetch, without a token', async () => {
    const fetchSpy = vi.fn<typeof fetch>(async () => Response.json(seedContact));
    const client = createEcwidClient({
      storeId: 1003,
      baseUrl: 'https://shop.example/ecwid/',
      fetch: fetchSpy,
    });
    const contact = await client.getCustomerContact(SEED_IDS);
    expect(contact.id).toBe(seedContact.id);
    expect(fetchSpy).toHaveBeenCalledTimes(1);
    const [url, init] = fetchSpy.mock.calls[0] as [string, RequestInit];
    expect(url).toBe('https://shop.example/ecwid/1003/customers/177737165/contacts/113861381');
    expect(new Headers(init.headers).has('Authorization')).toBe(false);
  });

  test.each([
    ['customerId', { customerId: 0, contactId: 1 }],
    ['customerId', { customerId: -5, contactId: 1 }],
    ['contactId', { customerId: 1, contactId: 1.5 }],
    ['contactId', { customerId: 1, contactId: Number.NaN }],
    ['contactId', { customerId: 1, contactId: 2 ** 53 }],
    ['customerId', { customerId: '1' as unknown as number, contactId: 1 }],
    ['contactId', { customerId: 1, contactId: undefined as unknown as number }],
  ])('rejects a bad %s before any request', async (name, params) => {
    const fetchSpy = vi.fn<typeof fetch>();
    const client = createEcwidClient({ storeId: 1003, token: TOKEN, fetch: fetchSpy });
    const error = await rejectionOf(client.getCustomerContact(params));
    expect(error).toMatchObject({ kind: 'invalid-argument' });
    expect((error as Error).message).toContain(name);
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe('listCustomerContacts', () => {
  const LIST_URL = `${ECWID_API}/${MOCK_STORE_ID}/customers/${mockCustomerIds.seed}/contacts`;
  const SEED_CUSTOMER = { customerId: mockCustomerIds.seed };

  test('parses { items } and sorts them by orderBy, keeping equal ones in API order', async () => {
    server.use(
      http.get(LIST_URL, ({ request }) => {
        if (request.headers.get('Authorization') !== `Bearer ${TOKEN}`)
          return new HttpResponse(null, { status: 403 });
        return HttpResponse.json({
          items: [
            { id: 3, contact: 'c', type: 'URL', orderBy: 2, timestamp: '' },
            { id: 1, contact: 'a', type: 'PHONE', orderBy: 1 },
            { id: 4, contact: 'd', type: 'SNAPCHAT', orderBy: 0 },
            { id: 2, contact: 'b', type: 'EMAIL', orderBy: 1 },
          ],
        });
      }),
    );
    const contacts = await seedClient().listCustomerContacts(SEED_CUSTOMER);
    expect(contacts.map((contact) => contact.id)).toEqual([4, 1, 2, 3]);
    expect(contacts[0]).toMatchObject({ type: 'OTHER', rawType: 'SNAPCHAT' });
  });

  test('an empty list is an empty array', async () => {
    server.use(http.get(LIST_URL, () => HttpResponse.json({ items: [] })));
    await expect(seedClient().listCustomerContacts(SEED_CUSTOMER)).resolves.toEqual([]);
  });

  test.each([{}, { items: null }, { items: {} }, [], null, 'items'])(
    'a body without an items array (%j) is invalid-response',
    async (body) => {
      server.use(http.get(LIST_URL, () => HttpResponse.json(body)));
      const error = await rejectionOf(seedClient().listCustomerContacts(SEED_CUSTOMER));
      expect(error).toMatchObject({ kind: 'invalid-response' });
      expect((error as Error).message).toContain('items');
    },
  );

  test('a bad item is invalid-response naming its index and field', async () => {
    server.use(
      http.get(LIST_URL, () =>
        HttpResponse.json({
          items: [
            { id: 1, contact: 'a', type: 'EMAIL' },
            { id: 2, contact: 7, type: 'EMAIL' },
          ],
        }),
      ),
    );
    const error = await rejectionOf(seedClient().listCustomerContacts(SEED_CUSTOMER));
    expect(error).toMatchObject({ kind: 'invalid-response' });
    expect((error as Error).message).toContain('items[1].contact');
  });

  test('rejects a bad customerId before any request', async () => {
    const fetchSpy = vi.fn<typeof fetch>();
    const client = createEcwidClient({ storeId: 1003, token: TOKEN, fetch: fetchSpy });
    await expect(client.listCustomerContacts({ customerId: 0 })).rejects.toMatchObject({
      kind: 'invalid-argument',
    });
    expect(fetchSpy).not.toHaveBeenCalled();
  });
});

describe('failures: kind, status, code, a message naming what failed, and never the token', () => {
  interface FailureCase {
    name: string;
    respond: () => Response | Promise<Response>;
    kind: EcwidApiErrorKind;
    status?: number;
    code?: string;
    retryAfterMs?: number;
    /** What the message must name besides the status and code: a field, a scope, the URL. */
    names?: string;
  }
  const cases: FailureCase[] = [
    {
      name: '403 INVALID_API_TOKEN',
      respond: () =>
        HttpResponse.json({ errorMessage: 'Invalid token', errorCode: 'INVALID_API_TOKEN' }, { status: 403 }),
      kind: 'invalid-token',
      status: 403,
      code: 'INVALID_API_TOKEN',
    },
    {
      name: '403 INSUFFICIENT_APP_SCOPE',
      respond: () =>
        HttpResponse.json(
          { errorMessage: 'Insufficient scope', errorCode: 'INSUFFICIENT_APP_SCOPE' },
          { status: 403 },
        ),
      kind: 'missing-scope',
      status: 403,
      code: 'INSUFFICIENT_APP_SCOPE',
      names: 'read_customers',
    },
    {
      name: '403 with another code',
      respond: () =>
        HttpResponse.json({ errorMessage: 'Nope', errorCode: 'SOMETHING_ELSE' }, { status: 403 }),
      kind: 'forbidden',
      status: 403,
      code: 'SOMETHING_ELSE',
    },
    {
      name: '402 NOT_AVAILABLE_ON_CURRENT_PLAN',
      respond: () =>
        HttpResponse.json(
          { errorMessage: 'Not available on the current plan', errorCode: 'NOT_AVAILABLE_ON_CURRENT_PLAN' },
          { status: 402 },
        ),
      kind: 'payment-required',
      status: 402,
      code: 'NOT_AVAILABLE_ON_CURRENT_PLAN',
    },
    {
      name: '404',
      respond: () =>
        HttpResponse.json({ errorMessage: 'Customer contact with this id not found' }, { status: 404 }),
      kind: 'not-found',
      status: 404,
    },
    {
      name: '400 WRONG_PARAMETER',
      respond: () =>
        HttpResponse.json({ errorMessage: 'Wrong parameter', errorCode: 'WRONG_PARAMETER' }, { status: 400 }),
      kind: 'bad-request',
      status: 400,
      code: 'WRONG_PARAMETER',
    },
    {
      name: '429 with Retry-After',
      respond: () =>
        HttpResponse.json(
          { errorMessage: 'Too many requests', errorCode: 'RATE_LIMITED' },
          { status: 429, headers: { 'Retry-After': '7' } },
        ),
      kind: 'rate-limited',
      status: 429,
      code: 'RATE_LIMITED',
      retryAfterMs: 7000,
    },
    {
      name: '429 without Retry-After',
      respond: () => new HttpResponse(null, { status: 429, statusText: 'Too Many Requests' }),
      kind: 'rate-limited',
      status: 429,
    },
    {
      name: '500 INTERNAL_ERROR',
      respond: () =>
        HttpResponse.json({ errorMessage: 'Internal error', errorCode: 'INTERNAL_ERROR' }, { status: 500 }),
      kind: 'server',
      status: 500,
      code: 'INTERNAL_ERROR',
    },
    {
      name: '502 with an HTML body',
      respond: () =>
        HttpResponse.html('<html><body><h1>502 Bad Gateway</h1><script>x</script></body></html>', {
          status: 502,
          statusText: 'Bad Gateway',
        }),
      kind: 'server',
      status: 502,
    },
    {
      name: '503 with an empty body',
      respond: () => new HttpResponse(null, { status: 503, statusText: 'Service Unavailable' }),
      kind: 'server',
      status: 503,
    },
    {
      name: 'a 200 with an empty body',
      respond: () => new HttpResponse(null, { status: 200 }),
      kind: 'invalid-response',
      names: '"body"',
    },
    {
      name: 'a 200 with invalid JSON',
      respond: () =>
        HttpResponse.text('{"id": 1, "contact": ', { headers: { 'Content-Type': 'application/json' } }),
      kind: 'invalid-response',
      names: '"body"',
    },
    {
      name: 'a 200 of the wrong shape',
      respond: () => HttpResponse.json({ id: 'abc', contact: 'x', type: 'EMAIL' }),
      kind: 'invalid-response',
      names: '"id"',
    },
    {
      name: 'a network failure',
      respond: () => HttpResponse.error(),
      kind: 'network',
      names: SEED_URL,
    },
  ];

  test.each(cases)('$name', async ({ respond, kind, status, code, retryAfterMs, names }) => {
    server.use(http.get(SEED_URL, respond));
    const error = await rejectionOf(seedClient().getCustomerContact(SEED_IDS));
    expect(error).toBeInstanceOf(EcwidApiError);
    const apiError = error as EcwidApiError;
    expect(apiError.kind).toBe(kind);
    expect(apiError.status).toBe(status);
    expect(apiError.code).toBe(code);
    expect(apiError.retryAfterMs).toBe(retryAfterMs);
    if (status !== undefined) expect(apiError.message).toContain(String(status));
    if (code !== undefined) expect(apiError.message).toContain(code);
    if (names !== undefined) expect(apiError.message).toContain(names);
    expect(apiError.message).not.toMatch(/<html|<script/);
    expectNoSecret(apiError, TOKEN);
  });

  test('an error body that echoes the token has it redacted', async () => {
    server.use(
      http.get(SEED_URL, () =>
        HttpResponse.json(
          { errorMessage: `Token ${TOKEN} is not valid for store 1003`, errorCode: 'INVALID_API_TOKEN' },
          { status: 403 },
        ),
      ),
    );
    const error = await rejectionOf(seedClient().getCustomerContact(SEED_IDS));
    expect(error).toMatchObject({ kind: 'invalid-token' });
    expect((error as Error).message).toContain('[redacted]');
    expectNoSecret(error, TOKEN);
  });

  test('a hung request ends as timeout after timeoutMs', async () => {
    server.use(
      http.get(SEED_URL, async () => {
        await delay('infinite');
        return HttpResponse.json(seedContact);
      }),
    );
    const error = await rejectionOf(seedClient({ timeoutMs: 30 }).getCustomerContact(SEED_IDS));
    expect(error).toMatchObject({ kind: 'timeout' });
    expect((error as Error).message).toContain('30 ms');
    expectNoSecret(error, TOKEN);
  });

  test('a fetch that ignores its signal still times out', async () => {
    const client = createEcwidClient({
      storeId: 1003,
      token: TOKEN,
      timeoutMs: 20,
      fetch: () => new Promise<Response>(() => {}),
    });
    await expect(client.getCustomerContact(SEED_IDS)).rejects.toMatchObject({ kind: 'timeout' });
  });

  test('a token function that never settles still times out, without a request', async () => {
    const fetchSpy = vi.fn<typeof fetch>();
    const client = createEcwidClient({
      storeId: 1003,
      token: () => new Promise<string>(() => {}),
      timeoutMs: 20,
      fetch: fetchSpy,
    });
    await expect(client.getCustomerContact(SEED_IDS)).rejects.toMatchObject({ kind: 'timeout' });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  test('aborting a running request rejects it as aborted', async () => {
    let reached!: () => void;
    const requestArrived = new Promise<void>((resolve) => {
      reached = resolve;
    });
    server.use(
      http.get(SEED_URL, async () => {
        reached();
        await delay('infinite');
        return HttpResponse.json(seedContact);
      }),
    );
    const controller = new AbortController();
    const pending = seedClient().getCustomerContact(SEED_IDS, { signal: controller.signal });
    await requestArrived;
    controller.abort();
    const error = await rejectionOf(pending);
    expect(error).toMatchObject({ kind: 'aborted' });
    expectNoSecret(error, TOKEN);
  });

  test('an aborted request says so in words, naming the request, not as a bare URL', async () => {
    const error = await rejectionOf(
      seedClient().getCustomerContact(SEED_IDS, { signal: AbortSignal.abort() }),
    );
    expect(error).toMatchObject({ kind: 'aborted' });
    const { message } = error as Error;
    expect(message).toContain(SEED_URL);
    const wordsBesidesUrl = message.replace(SEED_URL, '').trim().split(/\s+/);
    expect(wordsBesidesUrl.length).toBeGreaterThanOrEqual(3);
  });

  test('an already aborted signal rejects without a request', async () => {
    const fetchSpy = vi.fn<typeof fetch>();
    const client = createEcwidClient({ storeId: 1003, token: TOKEN, fetch: fetchSpy });
    const error = await rejectionOf(client.getCustomerContact(SEED_IDS, { signal: AbortSignal.abort() }));
    expect(error).toMatchObject({ kind: 'aborted' });
    expect(fetchSpy).not.toHaveBeenCalled();
  });

  test('an already aborted signal settles at once even while every slot is busy', async () => {
    const neverAnswering = vi.fn<typeof fetch>(() => new Promise<Response>(() => {}));
    const client = createEcwidClient({
      storeId: 1003,
      token: TOKEN,
      fetch: neverAnswering,
      maxConcurrent: 1,
    });
    void client.getCustomerContact(SEED_IDS).catch(() => {});
    const settled = vi.fn();
    const aborted = client.getCustomerContact(SEED_IDS, { signal: AbortSignal.abort() }).catch((error) => {
      settled();
      return error;
    });
    await vi.waitFor(() => expect(settled).toHaveBeenCalled(), { timeout: 500 });
    expect(await aborted).toMatchObject({ kind: 'aborted' });
    expect(neverAnswering).toHaveBeenCalledTimes(1);
  });

  test('a throwing token function is invalid-argument that does not repeat its message', async () => {
    const client = createEcwidClient({
      storeId: 1003,
      token: () => {
        throw new Error('vault said secret_from_vault');
      },
    });
    const error = await rejectionOf(client.getCustomerContact(SEED_IDS));
    expect(error).toMatchObject({ kind: 'invalid-argument' });
    expect((error as Error).message).not.toContain('secret_from_vault');
    expect(JSON.stringify(error)).not.toContain('secret_from_vault');
  });

  test.each(['', 'secret_with\nnewline', 'secret_with space', 'secret_ünïcode', 42])(
    'a token function returning %j is invalid-argument without a request or the token',
    async (bad) => {
      const fetchSpy = vi.fn<typeof fetch>();
      const client = createEcwidClient({ storeId: 1003, token: async () => bad as string, fetch: fetchSpy });
      const error = await rejectionOf(client.getCustomerContact(SEED_IDS));
      expect(error).toMatchObject({ kind: 'invalid-argument' });
      if (typeof bad === 'string' && bad !== '') expectNoSecret(error, bad);
      expect(fetchSpy).not.toHaveBeenCalled();
    },
  );

  test('a token that is not header-safe is rejected when the client is created, without echoing it', () => {
    let thrown: unknown;
    try {
      createEcwidClient({ storeId: 1003, token: 'secret_abc\r\nX-Evil: 1' });
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toMatchObject({ kind: 'invalid-argument' });
    expectNoSecret(thrown, 'secret_abc');
  });
});

describe('createEcwidClient', () => {
  test.each([0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '1003', undefined, 2 ** 53])(
    'rejects storeId %s',
    (storeId) => {
      expect(() => createEcwidClient({ storeId: storeId as number, token: TOKEN })).toThrow(
        expect.objectContaining({ kind: 'invalid-argument', message: expect.stringContaining('storeId') }),
      );
    },
  );

  test('needs a token to call Ecwid directly, and says how to use a proxy instead', () => {
    expect(() => createEcwidClient({ storeId: 1003 })).toThrow(
      expect.objectContaining({ kind: 'invalid-argument', message: expect.stringContaining('baseUrl') }),
    );
    expect(() => createEcwidClient({ storeId: 1003, baseUrl: `${DEFAULT_ECWID_API_BASE_URL}/` })).toThrow(
      EcwidApiError,
    );
    expect(() => createEcwidClient({ storeId: 1003, baseUrl: 'HTTPS://APP.ECWID.COM/api/v3' })).toThrow(
      EcwidApiError,
    );
  });

  test.each([
    { token: '' },
    { token: 42 },
    { timeoutMs: 0 },
    { timeoutMs: Number.NaN },
    { maxConcurrent: 0 },
    { maxConcurrent: 2.5 },
    { timeoutMs: 1.5 },
    { timeoutMs: -1 },
  ])('rejects the option %j', (option) => {
    expect(() => createEcwidClient({ storeId: 1003, token: TOKEN, ...(option as object) })).toThrow(
      expect.objectContaining({ kind: 'invalid-argument' }),
    );
  });

  test.each([
    ['fetch', { fetch: 'https://app.ecwid.com' }],
    ['fetch', { fetch: null }],
    ['fetch', { fetch: { get: () => undefined } }],
    ['baseUrl', { baseUrl: 42 }],
    ['baseUrl', { baseUrl: null }],
    ['baseUrl', { baseUrl: new URL('https://shop.example/ecwid') }],
  ])(
    'an untyped caller passing a bad %s gets invalid-argument at creation, and nothing is sent',
    (field, option) => {
      const globalFetch = vi.spyOn(globalThis, 'fetch');
      try {
        expect(() => createEcwidClient({ storeId: 1003, token: TOKEN, ...(option as object) })).toThrow(
          expect.objectContaining({ kind: 'invalid-argument', message: expect.stringContaining(field) }),
        );
        expect(globalFetch).not.toHaveBeenCalled();
      } finally {
        globalFetch.mockRestore();
      }
    },
  );

  test('untyped callers get invalid-argument, not a TypeError, for missing options or params', async () => {
    expect(() => createEcwidClient(null as never)).toThrow(
      expect.objectContaining({ kind: 'invalid-argument', message: expect.stringContaining('storeId') }),
    );
    const client = createEcwidClient({ storeId: 1003, token: TOKEN });
    await expect(client.getCustomerContact(undefined as never)).rejects.toMatchObject({
      kind: 'invalid-argument',
    });
    await expect(client.listCustomerContacts(null as never)).rejects.toMatchObject({
      kind: 'invalid-argument',
    });
  });

  test('the client serialises without its token', () => {
    const client = createEcwidClient({ storeId: 1003, token: TOKEN });
    expect(JSON.stringify(client)).toBe('{"storeId":1003}');
    expect(String(Object.values(client))).not.toContain(TOKEN);
    expect(client.storeId).toBe(1003);
  });
});
