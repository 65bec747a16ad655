import { CONTACT_TYPES } from '../../src/api';
import {
  createOutage,
  invalidTokenHandler,
  missingScopeHandler,
  notFoundHandler,
  offlineHandler,
  rateLimitedHandler,
  serverErrorHandler,
  slowNetworkHandler,
  slowWriteHandler,
  writeConflictHandler,
  writeMissingScopeHandler,
  writeNotAppliedHandler,
  writeRateLimitedHandler,
  writeServerErrorHandler,
} from './failureHandlers';
import type { EcwidContactJson, EcwidContactListJson, EcwidErrorJson } from './ecwidJson';
import { ECWID_API, seedContact } from './handlers';
import { hostileContactValues } from './hostileContactValues';
import { mockTokens } from './mockAuthorization';
import {
  MOCK_STORE_ID,
  mockContactIds,
  mockContactJson,
  mockCustomerIds,
  mockCustomers,
  mockStoreContacts,
  resetMockStore,
} from './mockStore';
import { server } from './server';

const AUTH = { Authorization: 'Bearer secret_test' };
const seedUrl = `${ECWID_API}/1003/customers/177737165/contacts/113861381`;
const listUrl = (customerId: number) => `${ECWID_API}/${MOCK_STORE_ID}/customers/${customerId}/contacts`;

describe('the mock Ecwid store', () => {
  it('answers the seed request with the seed JSON, byte for byte', async () => {
    const response = await fetch(seedUrl, { headers: AUTH });
    expect(response.status).toBe(200);
    expect(await response.text()).toBe(JSON.stringify(seedContact));
    expect(JSON.parse(JSON.stringify(seedContact))).toEqual({
      id: 113861381,
      contact: 'ec.apps@lightspeedhq.com',
      type: 'EMAIL',
      default: true,
      orderBy: 0,
      timestamp: '2025-03-26 11:07:12 +0000',
    });
  });

  it('lists a customer as { items } in orderBy order', async () => {
    const response = await fetch(listUrl(mockCustomerIds.seed), { headers: AUTH });
    const body = (await response.json()) as { items: { id: number; orderBy: number }[] };
    expect(body.items[0]).toEqual(seedContact);
    expect(body.items.map((item) => item.orderBy)).toEqual([0, 1, 2, 3]);
  });

  it('lists an empty customer as an empty items array', async () => {
    const response = await fetch(listUrl(mockCustomerIds.noContacts), { headers: AUTH });
    expect(await response.json()).toEqual({ items: [] });
  });

  it('holds every documented type, defaults of several types, an unknown type and hostile values', () => {
    const all = [...mockCustomers.values()].flat();
    expect(new Set(all.map((contact) => contact.type))).toEqual(new Set([...CONTACT_TYPES, 'SNAPCHAT']));
    const defaultTypes = new Set(all.filter((contact) => contact.default).map((contact) => contact.type));
    expect(defaultTypes.size).toBeGreaterThanOrEqual(4);
    expect(all.some((contact) => contact.contact === 'javascript:alert(1)')).toBe(true);
    expect(new Set(all.map((contact) => contact.id)).size).toBe(all.length);
    for (const contact of all) expect(contact.timestamp).toMatch(/^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d \+0000$/);
  });

  it('keeps at least 30 distinct hostile values', () => {
    expect(new Set(hostileContactValues).size).toBeGreaterThanOrEqual(30);
  });

  it.each([
    ['no header', {}],
    ['an empty Bearer', { Authorization: 'Bearer ' }],
    ['the token alone', { Authorization: 'secret_test' }],
  ])('refuses %s with 403 INVALID_API_TOKEN', async (_, headers) => {
    const response = await fetch(seedUrl, { headers });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ errorCode: 'INVALID_API_TOKEN' });
  });

  it('refuses a public token with 403 INSUFFICIENT_APP_SCOPE', async () => {
    const response = await fetch(seedUrl, { headers: { Authorization: 'Bearer public_abc' } });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ errorCode: 'INSUFFICIENT_APP_SCOPE' });
  });

  it.each([
    ['an unknown contact', `${ECWID_API}/1003/customers/177737165/contacts/999`],
    ["another customer's contact", `${ECWID_API}/1003/customers/177737166/contacts/113861381`],
    ['an unknown customer', `${ECWID_API}/1003/customers/1/contacts`],
  ])('answers %s with 404 and an error message', async (_, url) => {
    const response = await fetch(url, { headers: AUTH });
    expect(response.status).toBe(404);
    expect(await response.json()).toHaveProperty('errorMessage', expect.any(String));
  });

  it('answers a non-numeric id with 400 WRONG_PARAMETER', async () => {
    const response = await fetch(`${ECWID_API}/1003/customers/abc/contacts`, { headers: AUTH });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errorCode: 'WRONG_PARAMETER' });
  });
});

describe('failure handlers', () => {
  it.each([
    ['invalid token', invalidTokenHandler(), 403, 'INVALID_API_TOKEN'],
    ['missing scope', missingScopeHandler(), 403, 'INSUFFICIENT_APP_SCOPE'],
    ['not found', notFoundHandler({ errorCode: 'STORE_NOT_FOUND' }), 404, 'STORE_NOT_FOUND'],
    ['rate limited', rateLimitedHandler({ retryAfterSeconds: 7 }), 429, 'RATE_LIMITED'],
    ['server error', serverErrorHandler(), 500, 'INTERNAL_ERROR'],
  ])('%s breaks the list and the detail endpoint', async (_, handler, status, errorCode) => {
    server.use(handler);
    for (const url of [seedUrl, listUrl(mockCustomerIds.seed)]) {
      const response = await fetch(url, { headers: AUTH });
      expect(response.status).toBe(status);
      expect(await response.json()).toMatchObject({ errorCode });
    }
  });

  it('sends Retry-After with a 429', async () => {
    server.use(rateLimitedHandler({ retryAfterSeconds: 7 }));
    const response = await fetch(seedUrl, { headers: AUTH });
    expect(response.headers.get('Retry-After')).toBe('7');
  });

  it('answers only once when asked to', async () => {
    server.use(serverErrorHandler({ once: true }));
    expect((await fetch(seedUrl, { headers: AUTH })).status).toBe(500);
    expect((await fetch(seedUrl, { headers: AUTH })).status).toBe(200);
  });

  it('makes fetch reject when offline', async () => {
    server.use(offlineHandler());
    await expect(fetch(seedUrl, { headers: AUTH })).rejects.toThrow(TypeError);
  });

  it('delays, then lets the store answer, on a slow network', async () => {
    server.use(slowNetworkHandler({ delayMs: 1 }));
    const response = await fetch(seedUrl, { headers: AUTH });
    expect(await response.json()).toEqual(seedContact);
  });

  it('keeps failing during an outage until it ends', async () => {
    const outage = createOutage();
    server.use(outage.handler);
    expect((await fetch(seedUrl, { headers: AUTH })).status).toBe(500);
    expect((await fetch(seedUrl, { headers: AUTH })).status).toBe(500);
    expect(outage.failedRequests).toBe(2);
    outage.end();
    expect((await fetch(seedUrl, { headers: AUTH })).status).toBe(200);
  });
});

type WriteMethod = 'POST' | 'PUT' | 'DELETE';

const contactUrl = (customerId: number, contactId: number) => `${listUrl(customerId)}/${contactId}`;
const seedCustomerContacts = mockCustomers.get(mockCustomerIds.seed) ?? [];
const highestSeedId = Math.max(...[...mockCustomers.values()].flat().map((contact) => contact.id));

function write(method: WriteMethod, url: string, body?: unknown, token: string = mockTokens.full) {
  return fetch(url, {
    method,
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

async function listContacts(customerId: number): Promise<EcwidContactJson[]> {
  const response = await fetch(listUrl(customerId), { headers: AUTH });
  return ((await response.json()) as EcwidContactListJson).items;
}

/** One request of each write against the seed customer, each valid on the seed. */
const seedWrites: Record<WriteMethod, () => Promise<Response>> = {
  POST: () => write('POST', listUrl(mockCustomerIds.seed), { contact: 'new@example.com', type: 'EMAIL' }),
  PUT: () => write('PUT', contactUrl(mockCustomerIds.seed, mockContactIds.seedPhone), { note: 'Call first' }),
  DELETE: () => write('DELETE', contactUrl(mockCustomerIds.seed, mockContactIds.seedPhone)),
};
const writeMethods: WriteMethod[] = ['POST', 'PUT', 'DELETE'];
const countOf = { POST: 'createCount', PUT: 'updateCount', DELETE: 'deleteCount' } as const satisfies Record<
  WriteMethod,
  string
>;

describe('creating a contact in the mock store', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers { createCount: 1 } and lists the new contact after the last, with a new id and the mock clock', async () => {
    const response = await write('POST', listUrl(mockCustomerIds.seed), {
      contact: 'orders@example.com',
      type: 'EMAIL',
      note: 'Invoices only',
      handle: 'orders',
    });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ createCount: 1 });

    const items = await listContacts(mockCustomerIds.seed);
    expect(items.slice(0, -1)).toEqual(seedCustomerContacts);
    expect(items.at(-1)).toEqual({
      id: highestSeedId + 1,
      contact: 'orders@example.com',
      handle: 'orders',
      note: 'Invoices only',
      type: 'EMAIL',
      default: false,
      orderBy: seedCustomerContacts.length,
      timestamp: '2025-06-02 09:30:00 +0000',
    });
  });

  it('gives every new contact an id greater than any before it, across customers', async () => {
    await write('POST', listUrl(mockCustomerIds.noContacts), { contact: '+15550100', type: 'PHONE' });
    await write('POST', listUrl(mockCustomerIds.seed), { contact: '+15550101', type: 'PHONE' });
    const [first] = await listContacts(mockCustomerIds.noContacts);
    const second = (await listContacts(mockCustomerIds.seed)).at(-1);
    expect(first).toMatchObject({ id: highestSeedId + 1, orderBy: 0 });
    expect(second).toMatchObject({ id: highestSeedId + 2, orderBy: seedCustomerContacts.length });
  });

  it('keeps a given orderBy and lists by orderBy', async () => {
    await write('POST', listUrl(mockCustomerIds.seed), {
      contact: 'first@example.com',
      type: 'EMAIL',
      orderBy: 0,
    });
    const items = await listContacts(mockCustomerIds.seed);
    expect(items.map((item) => item.id)).toEqual([
      seedContact.id,
      highestSeedId + 1,
      ...seedCustomerContacts.slice(1).map((contact) => contact.id),
    ]);
  });

  it('keeps one default per type: a new default takes it from the old one of its type only', async () => {
    await write('POST', listUrl(mockCustomerIds.seed), {
      contact: 'new@example.com',
      type: 'EMAIL',
      default: true,
    });
    const items = await listContacts(mockCustomerIds.seed);
    expect(items.filter((item) => item.default).map((item) => [item.type, item.id])).toEqual([
      ['PHONE', mockContactIds.seedPhone],
      ['WHATSAPP', mockContactIds.seedWhatsapp],
      ['EMAIL', highestSeedId + 1],
    ]);
  });

  it.each([
    ['no contact', { type: 'EMAIL' }, 'contact'],
    ['an empty contact', { contact: '', type: 'EMAIL' }, 'contact'],
    ['a blank contact', { contact: '   ', type: 'EMAIL' }, 'contact'],
    ['no type', { contact: 'a@example.com' }, 'type'],
    ['an unknown type', { contact: 'a@example.com', type: 'SNAPCHAT' }, 'type'],
    ['a lower-case type', { contact: 'a@example.com', type: 'email' }, 'type'],
    ['a non-boolean default', { contact: 'a@example.com', type: 'EMAIL', default: 'yes' }, 'default'],
    ['a fractional orderBy', { contact: 'a@example.com', type: 'EMAIL', orderBy: 1.5 }, 'orderBy'],
    ['a numeric note', { contact: 'a@example.com', type: 'EMAIL', note: 7 }, 'note'],
    ['an array body', [{ contact: 'a@example.com', type: 'EMAIL' }], 'body'],
    ['a null body', null, 'body'],
    ['a string body', 'a@example.com', 'body'],
  ])('refuses %s with 400 WRONG_PARAMETER naming the field, and stores nothing', async (_, body, field) => {
    const response = await write('POST', listUrl(mockCustomerIds.seed), body);
    expect(response.status).toBe(400);
    const error = (await response.json()) as EcwidErrorJson;
    expect(error.errorCode).toBe('WRONG_PARAMETER');
    expect(error.errorMessage).toContain(field);
    expect(await listContacts(mockCustomerIds.seed)).toEqual(seedCustomerContacts);
  });

  it('refuses a body that is not JSON with 400 WRONG_PARAMETER', async () => {
    const response = await fetch(listUrl(mockCustomerIds.seed), {
      method: 'POST',
      headers: { ...AUTH, 'Content-Type': 'application/json' },
      body: '{"contact": ',
    });
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ errorCode: 'WRONG_PARAMETER' });
  });

  it('answers an unknown customer with 404', async () => {
    const response = await write('POST', listUrl(1), { contact: 'a@example.com', type: 'EMAIL' });
    expect(response.status).toBe(404);
  });
});

describe('updating a contact in the mock store', () => {
  const phoneUrl = contactUrl(mockCustomerIds.seed, mockContactIds.seedPhone);
  const seedPhone = mockContactJson(mockCustomerIds.seed, mockContactIds.seedPhone);

  it('answers { updateCount: 1 } and changes only the fields sent', async () => {
    const response = await write('PUT', phoneUrl, { note: 'Call after 5 pm' });
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ updateCount: 1 });
    const detail = await fetch(phoneUrl, { headers: AUTH });
    expect(await detail.json()).toEqual({ ...seedPhone, note: 'Call after 5 pm' });
  });

  it('keeps a field sent as null and ignores id and timestamp', async () => {
    await write('PUT', phoneUrl, {
      id: 1,
      timestamp: '2000-01-01 00:00:00 +0000',
      contact: null,
      type: null,
      default: null,
      orderBy: 9,
    });
    expect(mockStoreContacts(mockCustomerIds.seed)?.find((item) => item.id === seedPhone.id)).toEqual({
      ...seedPhone,
      orderBy: 9,
    });
  });

  it('clears a note or a handle sent as an empty string', async () => {
    const whatsappUrl = contactUrl(mockCustomerIds.seed, mockContactIds.seedWhatsapp);
    const instagramId = seedCustomerContacts[3]?.id ?? 0;
    await write('PUT', whatsappUrl, { note: '' });
    await write('PUT', contactUrl(mockCustomerIds.seed, instagramId), { handle: '' });
    const items = await listContacts(mockCustomerIds.seed);
    expect(items.find((item) => item.id === mockContactIds.seedWhatsapp)).not.toHaveProperty('note');
    expect(items.find((item) => item.id === instagramId)).not.toHaveProperty('handle');
  });

  it('keeps one default per type: setting default moves it within the type', async () => {
    const customerId = mockCustomerIds.edgeCases;
    await write('PUT', contactUrl(customerId, mockContactIds.nullHandle), { default: true });
    const items = await listContacts(customerId);
    const defaults = items.filter((item) => item.default).map((item) => item.id);
    expect(defaults).toEqual([mockContactIds.longEmail, mockContactIds.nullHandle]);
  });

  it('keeps one default per type when a default contact changes type', async () => {
    await write('PUT', phoneUrl, { type: 'EMAIL' });
    const emailDefaults = (await listContacts(mockCustomerIds.seed)).filter(
      (item) => item.type === 'EMAIL' && item.default,
    );
    expect(emailDefaults.map((item) => item.id)).toEqual([seedPhone.id]);
  });

  it.each([
    ['an empty contact', { contact: '' }, 'contact'],
    ['an unknown type', { type: 'OTHERS' }, 'type'],
    ['a non-object body', ['note'], 'body'],
  ])('refuses %s with 400 WRONG_PARAMETER and changes nothing', async (_, body, field) => {
    const response = await write('PUT', phoneUrl, body);
    expect(response.status).toBe(400);
    const error = (await response.json()) as EcwidErrorJson;
    expect(error.errorCode).toBe('WRONG_PARAMETER');
    expect(error.errorMessage).toContain(field);
    expect(await listContacts(mockCustomerIds.seed)).toEqual(seedCustomerContacts);
  });

  it.each([
    ['an unknown contact', contactUrl(mockCustomerIds.seed, 999)],
    ["another customer's contact", contactUrl(mockCustomerIds.everyType, seedContact.id)],
  ])('answers %s with 404', async (_, url) => {
    const response = await write('PUT', url, { note: 'x' });
    expect(response.status).toBe(404);
    expect(await response.json()).toHaveProperty('errorMessage', expect.any(String));
  });
});

describe('deleting a contact in the mock store', () => {
  const phoneUrl = contactUrl(mockCustomerIds.seed, mockContactIds.seedPhone);

  it('answers { deleteCount: 1 }; the contact is gone from the detail and the list', async () => {
    const response = await write('DELETE', phoneUrl);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ deleteCount: 1 });
    expect((await fetch(phoneUrl, { headers: AUTH })).status).toBe(404);
    expect(await listContacts(mockCustomerIds.seed)).toEqual(
      seedCustomerContacts.filter((contact) => contact.id !== mockContactIds.seedPhone),
    );
  });

  it('answers a second delete, or an unknown contact, with 404', async () => {
    await write('DELETE', phoneUrl);
    expect((await write('DELETE', phoneUrl)).status).toBe(404);
    expect((await write('DELETE', contactUrl(mockCustomerIds.seed, 999))).status).toBe(404);
  });

  it('never reuses the id of a deleted contact', async () => {
    await write('POST', listUrl(mockCustomerIds.noContacts), { contact: 'a@example.com', type: 'EMAIL' });
    await write('DELETE', contactUrl(mockCustomerIds.noContacts, highestSeedId + 1));
    await write('POST', listUrl(mockCustomerIds.noContacts), { contact: 'b@example.com', type: 'EMAIL' });
    expect(await listContacts(mockCustomerIds.noContacts)).toEqual([
      expect.objectContaining({ id: highestSeedId + 2, orderBy: 0 }),
    ]);
  });
});

describe('resetting the mock store', () => {
  it('restores the seed and its ids after every kind of write', async () => {
    await seedWrites.POST();
    await seedWrites.PUT();
    await write('DELETE', contactUrl(mockCustomerIds.seed, seedContact.id));
    resetMockStore();
    expect(await listContacts(mockCustomerIds.seed)).toEqual(seedCustomerContacts);
    await seedWrites.POST();
    expect((await listContacts(mockCustomerIds.seed)).at(-1)).toMatchObject({ id: highestSeedId + 1 });
  });

  // These two run in order: the first writes, the second sees the seed because the unit setup resets
  // the store after each test.
  it('lets a test write', async () => {
    expect((await seedWrites.DELETE()).status).toBe(200);
  });

  it('starts the next test from the seed', async () => {
    expect(await listContacts(mockCustomerIds.seed)).toEqual(seedCustomerContacts);
  });
});

describe('authorising writes', () => {
  it.each(writeMethods)('refuses %s without a Bearer token with 403 INVALID_API_TOKEN', async (method) => {
    const response = await fetch(method === 'POST' ? listUrl(mockCustomerIds.seed) : seedUrl, { method });
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ errorCode: 'INVALID_API_TOKEN' });
  });

  it.each([
    ['POST', 'create_customers'],
    ['PUT', 'update_customers'],
    ['DELETE', 'update_customers'],
  ] as const)(
    'refuses %s with a read-only token: 403 INSUFFICIENT_APP_SCOPE naming %s',
    async (method, scope) => {
      const url = method === 'POST' ? listUrl(mockCustomerIds.seed) : seedUrl;
      const response = await write(
        method,
        url,
        { contact: 'a@example.com', type: 'EMAIL' },
        mockTokens.readOnly,
      );
      expect(response.status).toBe(403);
      const error = (await response.json()) as EcwidErrorJson;
      expect(error.errorCode).toBe('INSUFFICIENT_APP_SCOPE');
      expect(error.errorMessage).toContain(scope);
      expect(await listContacts(mockCustomerIds.seed)).toEqual(seedCustomerContacts);
    },
  );

  it('lets a read-only token read', async () => {
    const response = await fetch(seedUrl, { headers: { Authorization: `Bearer ${mockTokens.readOnly}` } });
    expect(await response.json()).toEqual(seedContact);
  });

  it.each(writeMethods)('refuses %s with a public token: 403 INSUFFICIENT_APP_SCOPE', async (method) => {
    const url = method === 'POST' ? listUrl(mockCustomerIds.seed) : seedUrl;
    const response = await write(method, url, { contact: 'a@example.com', type: 'EMAIL' }, mockTokens.public);
    expect(response.status).toBe(403);
    expect(await response.json()).toMatchObject({ errorCode: 'INSUFFICIENT_APP_SCOPE' });
  });
});

describe('write failure handlers', () => {
  it.each([
    ['conflict', writeConflictHandler, 409, 'CONSTRAINT_VIOLATION'],
    ['rate limited', writeRateLimitedHandler, 429, 'RATE_LIMITED'],
    ['server error', writeServerErrorHandler, 500, 'INTERNAL_ERROR'],
    ['missing scope', writeMissingScopeHandler, 403, 'INSUFFICIENT_APP_SCOPE'],
  ])('%s breaks every write and applies none of them', async (_, makeHandler, status, errorCode) => {
    server.use(makeHandler());
    for (const method of writeMethods) {
      const response = await seedWrites[method]();
      expect(response.status).toBe(status);
      expect(await response.json()).toMatchObject({ errorCode });
    }
    expect(await listContacts(mockCustomerIds.seed)).toEqual(seedCustomerContacts);
  });

  it.each([
    ['POST', 'create_customers'],
    ['PUT', 'update_customers'],
    ['DELETE', 'update_customers'],
  ] as const)('missing scope on %s names %s', async (method, scope) => {
    server.use(writeMissingScopeHandler());
    const error = (await (await seedWrites[method]()).json()) as EcwidErrorJson;
    expect(error.errorMessage).toContain(scope);
  });

  it('sends Retry-After with a 429', async () => {
    server.use(writeRateLimitedHandler({ retryAfterSeconds: 7 }));
    expect((await seedWrites.PUT()).headers.get('Retry-After')).toBe('7');
  });

  it.each(writeMethods)('answers %s with a count of 0 and applies nothing', async (method) => {
    server.use(writeNotAppliedHandler());
    const response = await seedWrites[method]();
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ [countOf[method]]: 0 });
    expect(await listContacts(mockCustomerIds.seed)).toEqual(seedCustomerContacts);
  });

  it('breaks only the method asked for, and leaves the reads alone', async () => {
    server.use(writeServerErrorHandler({ method: 'PUT' }));
    expect((await seedWrites.PUT()).status).toBe(500);
    expect((await fetch(seedUrl, { headers: AUTH })).status).toBe(200);
    expect((await seedWrites.POST()).status).toBe(200);
    expect((await seedWrites.DELETE()).status).toBe(200);
  });

  it('answers only the first write when asked to, whatever reads come first', async () => {
    server.use(writeServerErrorHandler({ once: true }));
    expect((await fetch(seedUrl, { headers: AUTH })).status).toBe(200);
    expect((await seedWrites.PUT()).status).toBe(500);
    expect((await seedWrites.PUT()).status).toBe(200);
  });

  it('counts once per targeted method: other writes do not use it up', async () => {
    server.use(writeConflictHandler({ method: 'DELETE', once: true }));
    expect((await seedWrites.PUT()).status).toBe(200);
    expect((await seedWrites.DELETE()).status).toBe(409);
    expect((await seedWrites.POST()).status).toBe(200);
  });

  it('delays a slow write, then lets the store apply it', async () => {
    const delayMs = 50;
    server.use(slowWriteHandler({ delayMs }));
    const started = performance.now();
    const response = await seedWrites.PUT();
    // Timers may fire a millisecond early; the delay only has to be clearly there.
    expect(performance.now() - started).toBeGreaterThanOrEqual(delayMs - 5);
    expect(await response.json()).toEqual({ updateCount: 1 });
    expect(
      mockStoreContacts(mockCustomerIds.seed)?.find((item) => item.id === mockContactIds.seedPhone),
    ).toMatchObject({
      note: 'Call first',
    });
  });

  it('keeps the read failure handlers to reads', async () => {
    server.use(serverErrorHandler(), rateLimitedHandler(), missingScopeHandler());
    for (const method of writeMethods) expect((await seedWrites[method]()).status).toBe(200);
  });
});
