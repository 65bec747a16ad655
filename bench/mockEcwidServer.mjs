// A local stand-in for the Ecwid contact endpoints, on 127.0.0.1 only, that counts what it is
// asked. The bench counts requests here, at the server, because that is what Ecwid would see.
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

function newStats() {
  return { requests: [], inFlight: 0, maxInFlight: 0 };
}

/**
 * @param {{ latencyMs?: number, staticFiles?: Record<string, string>, html?: string }} options
 *   staticFiles maps a URL path ('/page.js') to a file on disk; html is served at '/'.
 */
export async function startMockEcwidServer({ latencyMs = 20, staticFiles = {}, html = '' } = {}) {
  /** @type {Map<string, ReturnType<typeof newStats>>} per store id */
  const stats = new Map();
  const statsOf = (storeId) => {
    let entry = stats.get(storeId);
    if (!entry) stats.set(storeId, (entry = newStats()));
    return entry;
  };

  const server = createServer(async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const api = /^\/api\/v3\/(\d+)\/customers\/(\d+)\/contacts(?:\/(\d+))?$/.exec(url.pathname);
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
    const entry = statsOf(storeId);
    const record = { path: url.pathname, start: performance.now(), end: 0 };
    entry.requests.push(record);
    entry.inFlight += 1;
    entry.maxInFlight = Math.max(entry.maxInFlight, entry.inFlight);
    const finish = (status, json) => {
      record.end = performance.now();
      entry.inFlight -= 1;
      res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(json));
    };
    const hasToken = /^Bearer \S+$/.test(req.headers.authorization ?? '');
    setTimeout(() => {
      if (!hasToken) return finish(403, { errorMessage: 'Invalid token', errorCode: 'INVALID_API_TOKEN' });
      const owned = mockCustomerContactIds(Number(customerId));
      if (contactId === undefined) return finish(200, { items: owned.map(mockContactJson) });
      // The load test asks for contacts across the whole store, so any positive id answers.
      return finish(200, mockContactJson(Number(contactId)));
    }, latencyMs);
  });

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('mock server has no TCP address');
  return {
    origin: `http://127.0.0.1:${address.port}`,
    stats: (storeId) => statsOf(String(storeId)),
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(resolve);
      }),
  };
}
