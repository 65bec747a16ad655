// @vitest-environment node
import { delay, http, HttpResponse } from 'msw';
import {
  createEcwidClient,
  EcwidApiError,
  parseCustomerContact,
  type CustomerContactPatch,
  type EcwidClient,
  type EcwidWriteMethod,
  type NewCustomerContact,
} from '../../src/api';
import { CONTACT_DETAIL_PATH, CONTACT_LIST_PATH, ECWID_API } from '../mocks/ecwidApi';
import { MOCK_STORE_ID, mockCustomerIds, seedContact } from '../mocks/mockStore';
import { server } from '../mocks/server';
import { expectNoSecret, rejectionOf } from './tokenLeak';

const TOKEN = 'secret_write_token';
const CUSTOMER = { customerId: mockCustomerIds.seed };
const CONTACT = { customerId: mockCustomerIds.seed, contactId: seedContact.id };
const LIST_URL = `${ECWID_API}/${MOCK_STORE_ID}/customers/${CUSTOMER.customerId}/contacts`;
const DETAIL_URL = `${LIST_URL}/${CONTACT.contactId}`;
// Personal data: it must never reach an error message.
const PRIVATE_EMAIL = 'jane.private@example.com';
const PRIVATE_NOTE = 'Allergic to cats, call after 6';
const NEW_CONTACT: NewCustomerContact = { type: 'EMAIL', contact: PRIVATE_EMAIL, note: PRIVATE_NOTE };

function writeClient(options: { fetch?: typeof fetch; timeoutMs?: number; maxConcurrent?: number } = {}) {
  return createEcwidClient({ storeId: MOCK_STORE_ID, token: TOKEN, ...options });
}

/** Every request MSW sees for the contact endpoints, answered with `answer`. */
function recordWrites(answer: (request: Request) => Response | Promise<Response>): Request[] {
  const requests: Request[] = [];
  const record = ({ request }: { request: Request }) => {
    requests.push(request.clone());
    return answer(request);
  };
  server.use(
    http.post(CONTACT_LIST_PATH, record),
    http.put(CONTACT_DETAIL_PATH, record),
    http.delete(CONTACT_DETAIL_PATH, record),
  );
  return requests;
}

/** A fetch answering every request with `body` (JSON unless a string) and `status`. */
function answering(body: unknown, init: ResponseInit = {}) {
  return vi.fn<typeof fetch>(async () =>
    typeof body === 'string' ? new Response(body, init) : Response.json(body, init),
  );
}

type Write = (client: EcwidClient) => Promise<unknown>;
const WRITES: Record<EcwidWriteMethod, Write> = {
  POST: (client) => client.createCustomerContact(CUSTOMER, NEW_CONTACT),
  PUT: (client) => client.updateCustomerContact(CONTACT, { note: PRIVATE_NOTE }),
  DELETE: (client) => client.deleteCustomerContact(CONTACT),
};
const COUNT_FIELD = { POST: 'createCount', PUT: 'updateCount', DELETE: 'deleteCount' } as const;
const METHODS = Object.keys(WRITES) as EcwidWriteMethod[];

/** Asserts a write's error holds neither the token nor the personal data it sent. */
function expectNothingPrivate(error: unknown): void {
  expectNoSecret(error, TOKEN);
  expectNoSecret(error, PRIVATE_EMAIL);
  expectNoSecret(error, PRIVATE_NOTE);
}

describe('the requests the writes send', () => {
  test('create: POST to the list path, JSON with exactly the given fields, the token in the header', async () => {
    const requests = recordWrites(() => HttpResponse.json({ createCount: 1 }));
    await expect(writeClient().createCustomerContact(CUSTOMER, NEW_CONTACT)).resolves.toEqual({});
    expect(requests).toHaveLength(1);
    const [request] = requests as [Request];
    expect(request.method).toBe('POST');
    expect(request.url).toBe(LIST_URL);
    expect(request.headers.get('Authorization')).toBe(`Bearer ${TOKEN}`);
    expect(request.headers.get('Content-Type')).toBe('application/json');
    expect(await request.json()).toEqual(NEW_CONTACT);
  });

  test('create sends every optional field it is given, and no other', async () => {
    const requests = recordWrites(() => HttpResponse.json({ createCount: 1 }));
    const contact: NewCustomerContact = {
      type: 'TELEGRAM',
      contact: '+79161234567',
      handle: 'ivan_petrov',
      note: '',
      default: false,
      orderBy: 0,
    };
    await writeClient().createCustomerContact(CUSTOMER, contact);
    expect(await requests[0]?.json()).toEqual(contact);
  });

  test('update: PUT to the contact path with only the patched fields; "" is sent as is', async () => {
    const requests = recordWrites(() => HttpResponse.json({ updateCount: 1 }));
    await expect(writeClient().updateCustomerContact(CONTACT, { note: '' })).resolves.toBeUndefined();
    await writeClient().updateCustomerContact(CONTACT, { default: true, orderBy: 3 });
    const [clearNote, setDefault] = requests as [Request, Request];
    expect(clearNote.method).toBe('PUT');
    expect(clearNote.url).toBe(DETAIL_URL);
    expect(clearNote.headers.get('Authorization')).toBe(`Bearer ${TOKEN}`);
    expect(clearNote.headers.get('Content-Type')).toBe('application/json');
    expect(await clearNote.text()).toBe('{"note":""}');
    expect(await setDefault.json()).toEqual({ default: true, orderBy: 3 });
  });

  test('an undefined field is left out of the body, as JSON would', async () => {
    const requests = recordWrites(() => HttpResponse.json({ updateCount: 1 }));
    await writeClient().updateCustomerContact(CONTACT, { note: 'x', handle: undefined });
    expect(await requests[0]?.text()).toBe('{"note":"x"}');
  });

  test('delete: DELETE to the contact path, no body and no Content-Type', async () => {
    const requests = recordWrites(() => HttpResponse.json({ deleteCount: 1 }));
    await expect(writeClient().deleteCustomerContact(CONTACT)).resolves.toBeUndefined();
    const [request] = requests as [Request];
    expect(request.method).toBe('DELETE');
    expect(request.url).toBe(DETAIL_URL);
    expect(request.headers.get('Authorization')).toBe(`Bearer ${TOKEN}`);
    expect(request.headers.has('Content-Type')).toBe(false);
    expect(await request.text()).toBe('');
  });

  test('a token function is called for each write, and a proxy without a token sends none', async () => {
    const fetchSpy = answering({ updateCount: 1, deleteCount: 1 });
    let calls = 0;
    const rotating = createEcwidClient({
      storeId: MOCK_STORE_ID,
      token: () => `secret_rotated_${++calls}`,
      fetch: fetchSpy,
    });
    await rotating.updateCustomerContact(CONTACT, { note: 'a' });
    await rotating.deleteCustomerContact(CONTACT);
    const authorizations = fetchSpy.mock.calls.map(([, init]) =>
      new Headers(init?.headers).get('Authorization'),
    );
    expect(authorizations).toEqual(['Bearer secret_rotated_1', 'Bearer secret_rotated_2']);

    const proxyFetch = answering({ deleteCount: 1 });
    const proxied = createEcwidClient({ storeId: MOCK_STORE_ID, baseUrl: '/ecwid', fetch: proxyFetch });
    await proxied.deleteCustomerContact(CONTACT);
    const [url, init] = proxyFetch.mock.calls[0] as [string, RequestInit];
    expect(url).toBe(`/ecwid/${MOCK_STORE_ID}/customers/${CONTACT.customerId}/contacts/${CONTACT.contactId}`);
    expect(new Headers(init.headers).has('Authorization')).toBe(false);
  });
});

describe('checks before anything is sent', () => {
  async function rejectsUnsent(write: Write): Promise<EcwidApiError> {
    const fetchSpy = vi.fn<typeof fetch>();
    const error = await rejectionOf(write(writeClient({ fetch: fetchSpy })));
    expect(error).toBeInstanceOf(EcwidApiError);
    expect(error).toMatchObject({ kind: 'invalid-argument' });
    expect(fetchSpy).not.toHaveBeenCalled();
    expectNothingPrivate(error);
    return error as EcwidApiError;
  }

  test.each([
    ['customerId', { customerId: 0 }],
    ['customerId', { customerId: 1.5 }],
    ['customerId', undefined],
  ])('create: a bad %s', async (field, params) => {
    const error = await rejectsUnsent((client) => client.createCustomerContact(params as never, NEW_CONTACT));
    expect(error.message).toContain(field);
  });

  test.each([
    ['customerId', { customerId: -1, contactId: 1 }],
    ['contactId', { customerId: 1, contactId: 0 }],
    ['contactId', { customerId: 1, contactId: 2 ** 53 }],
    ['contactId', { customerId: 1 }],
  ])('update and delete: a bad %s', async (field, params) => {
    const update = await rejectsUnsent((client) =>
      client.updateCustomerContact(params as never, { note: 'x' }),
    );
    expect(update.message).toContain(field);
    const remove = await rejectsUnsent((client) => client.deleteCustomerContact(params as never));
    expect(remove.message).toContain(field);
  });

  const badContacts: [field: string, contact: unknown][] = [
    ['type', { ...NEW_CONTACT, type: 'OTHERS' }],
    ['type', { ...NEW_CONTACT, type: 'email' }],
    ['type', { ...NEW_CONTACT, type: 'SNAPCHAT' }],
    ['type', { contact: PRIVATE_EMAIL, note: PRIVATE_NOTE }],
    ['contact', { ...NEW_CONTACT, contact: '' }],
    ['contact', { ...NEW_CONTACT, contact: ' \t\n ' }],
    ['contact', { ...NEW_CONTACT, contact: 5 }],
    ['contact', { type: 'EMAIL', note: PRIVATE_NOTE }],
    ['handle', { ...NEW_CONTACT, handle: 5 }],
    ['note', { ...NEW_CONTACT, note: null }],
    ['default', { ...NEW_CONTACT, default: 'yes' }],
    ['orderBy', { ...NEW_CONTACT, orderBy: -1 }],
    ['orderBy', { ...NEW_CONTACT, orderBy: 1.5 }],
    ['orderBy', { ...NEW_CONTACT, orderBy: '1' }],
    ['notes', { ...NEW_CONTACT, notes: PRIVATE_NOTE }],
    ['id', { ...NEW_CONTACT, id: 5 }],
    ['timestamp', { ...NEW_CONTACT, timestamp: '2025-03-26 11:07:12 +0000' }],
    ['contact', null],
    ['contact', PRIVATE_EMAIL],
    ['contact', [NEW_CONTACT]],
  ];
  test.each(badContacts)('create: a bad %s names the field, never the value', async (field, contact) => {
    const error = await rejectsUnsent((client) => client.createCustomerContact(CUSTOMER, contact as never));
    expect(error.message).toContain(field);
  });

  const badPatches: [field: string, patch: unknown][] = [
    ['patch', {}],
    ['patch', { note: undefined }],
    ['patch', null],
    ['patch', 'note'],
    ['notes', { notes: PRIVATE_NOTE }],
    ['type', { type: 'OTHERS' }],
    ['contact', { contact: '  ' }],
    ['note', { note: 7 }],
    ['default', { default: 1 }],
    ['orderBy', { orderBy: Number.NaN }],
    ['rawType', { note: PRIVATE_NOTE, rawType: 'EMAIL' }],
  ];
  test.each(badPatches)('update: a bad %s names it, never a value', async (field, patch) => {
    const error = await rejectsUnsent((client) => client.updateCustomerContact(CONTACT, patch as never));
    expect(error.message).toContain(field);
  });

  test('a contact as read cannot go back as a patch: id, timestamp, rawType and createdAt are never sent', async () => {
    const contact = parseCustomerContact(seedContact);
    const error = await rejectsUnsent((client) => client.updateCustomerContact(CONTACT, contact as never));
    expect(error.message).toContain('id');
  });

  test('the types require a field in a patch and a type from the 15 on create', () => {
    const client = writeClient({ fetch: answering({ updateCount: 1 }) });
    // @ts-expect-error an empty patch changes nothing
    void client.updateCustomerContact(CONTACT, {}).catch(() => undefined);
    // @ts-expect-error a create needs `contact`
    void client.createCustomerContact(CUSTOMER, { type: 'EMAIL' }).catch(() => undefined);
    // @ts-expect-error no OTHER fallback on a write: only the documented types
    void client.createCustomerContact(CUSTOMER, { type: 'SNAPCHAT', contact: 'x' }).catch(() => undefined);
    expectTypeOf({ note: '' }).toExtend<CustomerContactPatch>();
    expectTypeOf({}).not.toExtend<CustomerContactPatch>();
  });
});

describe('answers', () => {
  test.each([
    [{ createCount: 1 }, {}],
    [{ createCount: 1, id: 113861390 }, { id: 113861390 }],
    [{ createCount: 1, id: '113861390' }, {}],
    [{ createCount: 1, id: 0 }, {}],
    [{ createCount: 2 }, {}],
  ])('create answered %j resolves %j', async (body, created) => {
    const client = writeClient({ fetch: answering(body) });
    await expect(client.createCustomerContact(CUSTOMER, NEW_CONTACT)).resolves.toEqual(created);
  });

  test.each(METHODS)('%s: a count of 0 is not-applied', async (method) => {
    const countField = COUNT_FIELD[method];
    const error = await rejectionOf(WRITES[method](writeClient({ fetch: answering({ [countField]: 0 }) })));
    expect(error).toBeInstanceOf(EcwidApiError);
    expect(error).toMatchObject({ kind: 'not-applied' });
    expect((error as Error).message).toContain(countField);
    expectNothingPrivate(error);
  });

  test.each(
    METHODS.flatMap((method) =>
      [{}, { createCount: 1, updateCount: 1, deleteCount: 1, [COUNT_FIELD[method]]: '1' }, [], null].map(
        (body) => [method, body] as const,
      ),
    ),
  )('%s: a 2xx answer %j without its count is invalid-response naming the count', async (method, body) => {
    const error = await rejectionOf(WRITES[method](writeClient({ fetch: answering(body) })));
    expect(error).toMatchObject({ kind: 'invalid-response' });
    expect((error as Error).message).toContain(COUNT_FIELD[method]);
  });

  test.each(METHODS)('%s: an empty 2xx answer is invalid-response', async (method) => {
    const error = await rejectionOf(WRITES[method](writeClient({ fetch: answering('', { status: 200 }) })));
    expect(error).toMatchObject({ kind: 'invalid-response' });
  });

  test.each([
    ['POST', 'create_customers'],
    ['PUT', 'update_customers'],
    ['DELETE', 'update_customers'],
  ] as const)('%s: 403 INSUFFICIENT_APP_SCOPE is missing-scope naming %s', async (method, scope) => {
    const body = { errorMessage: 'Insufficient scope', errorCode: 'INSUFFICIENT_APP_SCOPE' };
    const error = await rejectionOf(WRITES[method](writeClient({ fetch: answering(body, { status: 403 }) })));
    expect(error).toMatchObject({
      kind: 'missing-scope',
      status: 403,
      code: 'INSUFFICIENT_APP_SCOPE',
      scope,
    });
    expect((error as Error).message).toContain(scope);
    expectNothingPrivate(error);
  });

  test('a read without the scope names read_customers', async () => {
    const body = { errorMessage: 'Insufficient scope', errorCode: 'INSUFFICIENT_APP_SCOPE' };
    const client = writeClient({ fetch: answering(body, { status: 403 }) });
    const error = await rejectionOf(client.listCustomerContacts(CUSTOMER));
    expect(error).toMatchObject({ kind: 'missing-scope', scope: 'read_customers' });
  });

  test('only missing-scope carries a scope', async () => {
    const client = writeClient({ fetch: answering({ errorCode: 'INVALID_API_TOKEN' }, { status: 403 }) });
    const error = await rejectionOf(client.deleteCustomerContact(CONTACT));
    expect(error).toMatchObject({ kind: 'invalid-token' });
    expect((error as EcwidApiError).scope).toBeUndefined();
  });

  test.each([
    [409, 'CONSTRAINT_VIOLATION'],
    [422, 'WRONG_URL'],
  ])('%d %s is bad-request keeping its status and code', async (status, code) => {
    for (const method of METHODS) {
      const fetchSpy = answering({ errorMessage: 'Rejected', errorCode: code }, { status });
      const error = await rejectionOf(WRITES[method](writeClient({ fetch: fetchSpy })));
      expect(error).toMatchObject({ kind: 'bad-request', status, code });
    }
  });

  test('429 is rate-limited with its Retry-After', async () => {
    const fetchSpy = answering(
      { errorCode: 'RATE_LIMITED' },
      { status: 429, headers: { 'Retry-After': '4' } },
    );
    const error = await rejectionOf(
      writeClient({ fetch: fetchSpy }).updateCustomerContact(CONTACT, { note: 'a' }),
    );
    expect(error).toMatchObject({ kind: 'rate-limited', status: 429, retryAfterMs: 4000 });
  });

  test('an error answer that echoes the contact, the note or the token has them redacted', async () => {
    const echo = `Contact ${PRIVATE_EMAIL} with note ${PRIVATE_NOTE} rejected for token ${TOKEN}`;
    const fetchSpy = answering({ errorMessage: echo, errorCode: 'WRONG_PARAMETER' }, { status: 400 });
    const error = await rejectionOf(
      writeClient({ fetch: fetchSpy }).createCustomerContact(CUSTOMER, NEW_CONTACT),
    );
    expect(error).toMatchObject({ kind: 'bad-request', status: 400 });
    expect((error as Error).message).toContain('[redacted]');
    expectNothingPrivate(error);
  });

  test('an echo in another letter case is redacted too (Ecwid may lower-case an e-mail)', async () => {
    const fetchSpy = answering(
      { errorMessage: `${PRIVATE_EMAIL.toUpperCase()} already exists`, errorCode: 'CONSTRAINT_VIOLATION' },
      { status: 409 },
    );
    const error = await rejectionOf(
      writeClient({ fetch: fetchSpy }).createCustomerContact(CUSTOMER, NEW_CONTACT),
    );
    expect(error).toMatchObject({ kind: 'bad-request', status: 409, code: 'CONSTRAINT_VIOLATION' });
    expect((error as Error).message.toLowerCase()).not.toContain(PRIVATE_EMAIL.toLowerCase());
  });

  test('a handle inside the contact value goes with the whole value', async () => {
    const contact: NewCustomerContact = {
      type: 'INSTAGRAM',
      contact: 'https://instagram.com/jane_p',
      handle: 'jane_p',
    };
    const fetchSpy = answering({ errorMessage: `Bad ${contact.contact}` }, { status: 400 });
    const error = await rejectionOf(
      writeClient({ fetch: fetchSpy }).createCustomerContact(CUSTOMER, contact),
    );
    expect((error as Error).message).not.toContain('instagram.com');
    expect((error as Error).message).not.toContain('jane_p');
  });
});

describe('writes share the reads’ limiter, timeout and abort', () => {
  test('a write waits for a free slot behind a read', async () => {
    const order: string[] = [];
    let releaseRead!: () => void;
    const readHeld = new Promise<void>((resolve) => {
      releaseRead = resolve;
    });
    server.use(
      http.get(CONTACT_LIST_PATH, async () => {
        order.push('GET');
        await readHeld;
        return HttpResponse.json({ items: [] });
      }),
      http.delete(CONTACT_DETAIL_PATH, () => {
        order.push('DELETE');
        return HttpResponse.json({ deleteCount: 1 });
      }),
    );
    const client = writeClient({ maxConcurrent: 1 });
    const read = client.listCustomerContacts(CUSTOMER);
    const write = client.deleteCustomerContact(CONTACT);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(order).toEqual(['GET']);
    releaseRead();
    await Promise.all([read, write]);
    expect(order).toEqual(['GET', 'DELETE']);
  });

  test('a hung write times out', async () => {
    server.use(
      http.put(CONTACT_DETAIL_PATH, async () => {
        await delay('infinite');
        return HttpResponse.json({ updateCount: 1 });
      }),
    );
    const error = await rejectionOf(
      writeClient({ timeoutMs: 30 }).updateCustomerContact(CONTACT, { note: 'a' }),
    );
    expect(error).toMatchObject({ kind: 'timeout' });
    expect((error as Error).message).toContain('PUT');
    expectNothingPrivate(error);
  });

  test('an aborted write is aborted and unsent', async () => {
    const fetchSpy = vi.fn<typeof fetch>();
    const client = writeClient({ fetch: fetchSpy });
    const error = await rejectionOf(
      client.createCustomerContact(CUSTOMER, NEW_CONTACT, { signal: AbortSignal.abort() }),
    );
    expect(error).toMatchObject({ kind: 'aborted' });
    expect(fetchSpy).not.toHaveBeenCalled();
    expectNothingPrivate(error);
  });

  test('a network failure on a write is network, without the contact or note', async () => {
    recordWrites(() => HttpResponse.error());
    const error = await rejectionOf(writeClient().createCustomerContact(CUSTOMER, NEW_CONTACT));
    expect(error).toMatchObject({ kind: 'network' });
    expect((error as Error).message).toContain(LIST_URL);
    expectNothingPrivate(error);
  });
});
