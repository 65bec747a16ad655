// A tiny local stand-in for the Ecwid endpoint the consumers call, plus a static file server for a
// built app, on one 127.0.0.1 origin so the browser needs no CORS. Plain Node: the fixture apps
// must not depend on this repository's test tooling.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';

/** The seed contact, exactly as Ecwid's reference page shows it. */
export const SEED = {
  storeId: 1003,
  customerId: 177737165,
  contact: {
    id: 113861381,
    contact: 'ec.apps@lightspeedhq.com',
    type: 'EMAIL',
    default: true,
    orderBy: 0,
    timestamp: '2025-03-26 11:07:12 +0000',
  },
};

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/**
 * @param {{ token: string, staticDir?: string }} options
 * @returns {Promise<{ origin: string, apiBaseUrl: string, requests: { path: string, authorized: boolean }[], close: () => Promise<void> }>}
 */
export async function startMockEcwidServer({ token, staticDir }) {
  const requests = [];
  const detailPath = `/api/v3/${SEED.storeId}/customers/${SEED.customerId}/contacts/${SEED.contact.id}`;
  const listPath = `/api/v3/${SEED.storeId}/customers/${SEED.customerId}/contacts`;

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (url.pathname.startsWith('/api/v3/')) {
      const authorized = request.headers.authorization === `Bearer ${token}`;
      requests.push({ path: url.pathname, authorized });
      const send = (status, body) => {
        response.writeHead(status, { 'Content-Type': 'application/json' });
        response.end(JSON.stringify(body));
      };
      if (!authorized) return send(403, { errorMessage: 'Invalid token', errorCode: 'INVALID_API_TOKEN' });
      if (url.pathname === detailPath) return send(200, SEED.contact);
      if (url.pathname === listPath) return send(200, { items: [SEED.contact] });
      return send(404, { errorMessage: 'Not found', errorCode: 'PROFILE_NOT_FOUND' });
    }
    if (!staticDir) {
      response.writeHead(404).end();
      return;
    }
    let file = path.join(
      staticDir,
      path.normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, ''),
    );
    if (!file.startsWith(staticDir) || !existsSync(file) || statSync(file).isDirectory()) {
      file = path.join(staticDir, 'index.html');
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
    });
    createReadStream(file).pipe(response);
  });

  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const origin = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
  return {
    origin,
    apiBaseUrl: `${origin}/api/v3`,
    requests,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
