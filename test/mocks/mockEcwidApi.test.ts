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
} from './failureHandlers';
import { ECWID_API, seedContact } from './handlers';
import { hostileContactValues } from './hostileContactValues';
import { MOCK_STORE_ID, mockCustomerIds, mockCustomers } from './mockStore';
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
