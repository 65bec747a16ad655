// A local stand-in for the Ecwid contact endpoints, on 127.0.0.1 only, that counts what it is
// asked. The bench counts requests here, at the server, because that is what Ecwid would see.
// Reads and the three writes act on a live per-customer list, so a refetch after an edit shows it.
import { createServer } from 'node:http';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { mockContactJson, mockCustomerContactIds } from './mockContacts.mjs';

const CONTENT_TYPES = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.map': 'application/json',
};

const CONTACT_PATH = /^\/api\/v3\/(\d+)\/customers\/(\d+)\/contacts(?:\/(\d+))?$/;

/** New contacts get ids above every id the mock data uses, so they never collide with a seeded one. */
const FIRST_CREATED_ID = 1_000_000;

/** The documented success body of each write. */
const WRITE_COUNT_FIELD = { POST: 'createCount', PUT: 'updateCount', DELETE: 'deleteCount' };

function newStats() {
  return { requests: [], inFlight: 0, maxInFlight: 0 };
}

/** Ecwid keeps one default contact per type: setting one clears the others of that type. */
function keepOneDefault(contacts, chosen) {
  if (chosen.default !== true) return;
  for (const other of contacts) {
    if (other !== chosen && other.type === chosen.type) other.default = false;
  }
}

function readJsonBody(req) {
  return new Promise((resolve) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => {
      try {
        resolve(JSON.parse(Buffer.concat(chunks).toString('utf8') || 'null'));
      } catch {
        resolve(undefined);
      }
    });
  });
}

/**
 * @param {{ latencyMs?: number, writeLatencyMs?: number, staticFiles?: Record<string, string>, html?: string }} options
 *   latencyMs delays every API answer; writeLatencyMs (default: latencyMs) the POST, PUT and DELETE
 *   ones. staticFiles maps a URL path ('/page.js') to a file on disk; html is served at '/'.
 */
export async function startMockEcwidServer({
  latencyMs = 20,
  writeLatencyMs = latencyMs,
  staticFiles = {},
  html = '',
} = {}) {
  const latency = { read: latencyMs, write: writeLatencyMs };
  /** @type {Map<string, ReturnType<typeof newStats>>} per store id */
  const stats = new Map();
  const statsOf = (storeId) => {
    let entry = stats.get(storeId);
    if (!entry) stats.set(storeId, (entry = newStats()));
    return entry;
  };
  /** @type {Map<string, object[]>} each customer's contacts as Ecwid would send them, per store */
  const customers = new Map();
  const contactsOf = (storeId, customerId) => {
    const key = `${storeId}/${customerId}`;
    let contacts = customers.get(key);
    if (!contacts) customers.set(key, (contacts = mockCustomerContactIds(customerId).map(mockContactJson)));
    return contacts;
  };
  const nextIds = new Map();
  const newContactId = (storeId) => {
    const id = nextIds.get(storeId) ?? FIRST_CREATED_ID;
    nextIds.set(storeId, id + 1);
    return id;
  };

  /** The answer to one API request, as [status, json]. */
  function answer(method, storeId, customerId, contactId, body) {
    const contacts = contactsOf(storeId, customerId);
    const index = contactId === undefined ? -1 : contacts.findIndex((c) => c.id === contactId);
    const notFound = [404, { errorMessage: 'Contact not found', errorCode: 'CONTACT_NOT_FOUND' }];
    const badBody = [400, { errorMessage: 'Invalid JSON body', errorCode: 'INVALID_REQUEST' }];
    const listPath = contactId === undefined;
    switch (method) {
      case 'GET':
        if (listPath) return [200, { items: contacts }];
        return index === -1 ? notFound : [200, contacts[index]];
      case 'POST': {
        if (!listPath) return [405, { errorMessage: 'POST goes to the list' }];
        if (body === null || typeof body !== 'object') return badBody;
        const orderBy = Math.max(-1, ...contacts.map((c) => c.orderBy ?? 0)) + 1;
        const created = {
          default: false,
          orderBy,
          ...body,
          id: newContactId(storeId),
          timestamp: '2025-03-26 11:07:12 +0000',
        };
        contacts.push(created);
        keepOneDefault(contacts, created);
        return [200, { [WRITE_COUNT_FIELD.POST]: 1 }];
      }
      case 'PUT': {
        if (index === -1) return notFound;
        if (body === null || typeof body !== 'object') return badBody;
        Object.assign(contacts[index], body);
        keepOneDefault(contacts, contacts[index]);
        return [200, { [WRITE_COUNT_FIELD.PUT]: 1 }];
      }
      case 'DELETE':
        if (index === -1) return notFound;
        contacts.splice(index, 1);
        return [200, { [WRITE_COUNT_FIELD.DELETE]: 1 }];
      default:
        return [405, { errorMessage: `Method ${method} not allowed` }];
    }
  }

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const api = CONTACT_PATH.exec(url.pathname);
    if (!api) {
      if (url.pathname === '/' && html) {
        res.writeHead(200, { 'content-type': 'text/html' }).end(html);
        return;
      }
      const file = staticFiles[url.pathname];
      if (!file) {
        res.writeHead(404).end();
        return;
      }
      const body = await readFile(file);
      res
        .writeHead(200, { 'content-type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream' })
        .end(body);
      return;
    }

    const [, storeId, customerId, contactId] = api;
    const method = req.method ?? 'GET';
    const entry = statsOf(storeId);
    const record = { method, path: url.pathname, start: performance.now(), end: 0 };
    entry.requests.push(record);
    entry.inFlight += 1;
    entry.maxInFlight = Math.max(entry.maxInFlight, entry.inFlight);
    const body = method === 'POST' || method === 'PUT' ? await readJsonBody(req) : undefined;
    const finish = (status, json) => {
      record.end = performance.now();
      entry.inFlight -= 1;
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    };
    const hasToken = /^Bearer \S+$/.test(req.headers.authorization ?? '');
    setTimeout(
      () => {
        if (!hasToken) return finish(403, { errorMessage: 'Invalid token', errorCode: 'INVALID_API_TOKEN' });
        const id = contactId === undefined ? undefined : Number(contactId);
        return finish(...answer(method, storeId, Number(customerId), id, body));
      },
      method === 'GET' ? latency.read : latency.write,
    );
  });

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('mock server has no TCP address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    stats: (storeId) => statsOf(String(storeId)),
    /** What reached the server for a store, counted by method and path: `{ 'PUT /api/v3/…/contacts/3': 1 }`. */
    requestCounts: (storeId) => {
      const counts = {};
      for (const { method, path: requestPath } of statsOf(String(storeId)).requests) {
        const key = `${method} ${requestPath}`;
        counts[key] = (counts[key] ?? 0) + 1;
      }
      return counts;
    },
    /** Forgets what a store's requests were, so the next scenario counts from zero. */
    resetStats: (storeId) => stats.set(String(storeId), newStats()),
    /** Changes the answer delays from now on (ms). */
    setLatency: ({ read = latency.read, write = latency.write } = {}) => {
      latency.read = read;
      latency.write = write;
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}
