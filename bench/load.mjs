// Load: 1,000 distinct contacts asked for at once through one real client, against the local
// mock server with a small latency. The limiter's clock is the real one (the public API does
// not expose it), so the run lasts a little over a minute: 600 start at once, the other 400
// only when the first starts leave the rolling 60 s window.
import { setMaxListeners } from 'node:events';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { bundle, ROOT, TMP } from './bundle.mjs';
import { startMockEcwidServer } from './mockEcwidServer.mjs';

const STORE_ID = 4242;
const CONTACTS = 1000;
const WINDOW_MS = 60_000;
// A bound on the run: the 400 held back should all be done ~60 s after the first start.
const DEADLINE_MS = 90_000;

/** Most timestamps inside any half-open window [t, t + windowMs), t being one of them. */
export function mostInAnyWindow(times, windowMs) {
  const sorted = [...times].sort((a, b) => a - b);
  let most = 0;
  let lo = 0;
  for (let hi = 0; hi < sorted.length; hi += 1) {
    while (sorted[hi] - sorted[lo] >= windowMs) lo += 1;
    most = Math.max(most, hi - lo + 1);
  }
  return most;
}

/**
 * @param {{ latencyMs?: number, maxConcurrent?: number, apiFile?: string, log?: (line: string) => void }} options
 *   apiFile: an already built src/api bundle to load instead of building one (for trying a change).
 */
export async function measureLoad({ latencyMs = 20, maxConcurrent = 6, apiFile, log = () => {} } = {}) {
  if (!apiFile) {
    ({
      files: [apiFile],
    } = await bundle({
      entry: path.join(ROOT, 'src/api/index.ts'),
      outDir: path.join(TMP, 'node-api'),
      minify: false,
    }));
  }
  const { createEcwidClient } = await import(pathToFileURL(apiFile).href);
  const server = await startMockEcwidServer({ latencyMs });
  try {
    return await loadThroughOneClient(createEcwidClient, server, { latencyMs, maxConcurrent, log });
  } finally {
    await server.close();
  }
}

async function loadThroughOneClient(createEcwidClient, server, { latencyMs, maxConcurrent, log }) {
  // The client's view: when its fetch is called and when the response has arrived.
  const clientStarts = [];
  let clientInFlight = 0;
  let clientMaxInFlight = 0;
  const countingFetch = async (input, init) => {
    clientStarts.push(performance.now());
    clientInFlight += 1;
    clientMaxInFlight = Math.max(clientMaxInFlight, clientInFlight);
    try {
      return await fetch(input, init);
    } finally {
      clientInFlight -= 1;
    }
  };

  const client = createEcwidClient({
    storeId: STORE_ID,
    token: 'bench-token',
    baseUrl: `${server.origin}/api/v3`,
    fetch: countingFetch,
    maxConcurrent,
  });
  const deadline = new AbortController();
  // One deadline for all 1,000 requests: each adds its abort listener to the same signal.
  setMaxListeners(CONTACTS * 4, deadline.signal);
  const deadlineTimer = setTimeout(() => deadline.abort(), DEADLINE_MS);
  const progress = setInterval(
    () => log(`load: ${clientStarts.length}/${CONTACTS} requests started`),
    15_000,
  );

  const t0 = performance.now();
  const finishedAt = [];
  const calls = Array.from({ length: CONTACTS }, (_, i) =>
    client
      .getCustomerContact(
        { customerId: Math.floor(i / 5) + 1, contactId: i + 1 },
        { signal: deadline.signal },
      )
      .finally(() => finishedAt.push(performance.now() - t0)),
  );
  // How long issuing the 1,000 calls took, before any of their fetches could run.
  const issueMs = performance.now() - t0;
  const outcomes = await Promise.allSettled(calls);
  const wallMs = performance.now() - t0;
  clearTimeout(deadlineTimer);
  clearInterval(progress);

  const serverStats = server.stats(STORE_ID);
  const serverStarts = serverStats.requests.map((r) => r.start);
  const failures = {};
  for (const o of outcomes) {
    if (o.status === 'rejected') {
      const kind = o.reason?.kind ?? 'unknown';
      failures[kind] = (failures[kind] ?? 0) + 1;
    }
  }
  const sortedStarts = [...clientStarts].sort((a, b) => a - b);
  return {
    contacts: CONTACTS,
    latencyMs,
    maxConcurrent,
    wallMs: Math.round(wallMs),
    issueMs: Math.round(issueMs),
    firstFetchAfterIssueStartMs: Math.round((sortedStarts[0] ?? NaN) - t0),
    fulfilled: outcomes.filter((o) => o.status === 'fulfilled').length,
    failures,
    requestsSeenByServer: serverStats.requests.length,
    maxInFlightAtServer: serverStats.maxInFlight,
    maxInFlightAtClientFetch: clientMaxInFlight,
    mostStartedIn60sAtServer: mostInAnyWindow(serverStarts, WINDOW_MS),
    mostStartedIn60sAtClientFetch: mostInAnyWindow(clientStarts, WINDOW_MS),
    first600StartedWithinMs: Math.round((sortedStarts[599] ?? NaN) - (sortedStarts[0] ?? NaN)),
    request601StartedAfterFirstMs: Math.round((sortedStarts[600] ?? NaN) - (sortedStarts[0] ?? NaN)),
    lastFinishedMs: Math.round(Math.max(...finishedAt)),
  };
}
