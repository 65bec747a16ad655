import { delay, http, HttpResponse, type HttpHandler, type HttpResponseResolver } from 'msw';
import { ECWID_API } from './ecwidApi';
import { ecwidErrorResponse } from './ecwidErrorResponse';
import type { EcwidErrorJson } from './ecwidJson';
import { ecwidWriteScopes, writeCountResponse, writeMethodOf, type EcwidWriteMethod } from './ecwidWrites';
import { missingScopeResponse } from './mockAuthorization';

/**
 * Factories of one MSW handler per failure. The read failures match the GETs of both contact
 * endpoints (list and detail) of any store, so `server.use(serverErrorHandler())` or `msw.use(...)`
 * in a story's `beforeEach` breaks whatever the component under test reads; the write failures
 * (`write…Handler`, `slowWriteHandler`) match POST, PUT and DELETE, or the one `method` given, and
 * leave the reads alone. They take precedence over the default store because `use()` prepends them.
 */

const DEFAULT_SLOW_NETWORK_MS = 2000;
const DEFAULT_RETRY_AFTER_SECONDS = 1;

/** Both `…/contacts` and `…/contacts/:contactId` of any store and customer. */
export const ANY_CONTACT_ENDPOINT = new RegExp(
  `^${ECWID_API.replace(/[.]/g, '\\.')}/[^/]+/customers/[^/]+/contacts(?:/[^/?#]+)?(?:[?#].*)?$`,
);

export interface FailureOptions {
  /** Answer only the first matching request, then let the default store answer. */
  once?: boolean;
}

/** Any Ecwid-shaped error: `status` with `{ errorMessage, errorCode }` and optional headers. */
export function ecwidErrorHandler(
  status: number,
  body: EcwidErrorJson,
  options: FailureOptions & { headers?: HeadersInit } = {},
): HttpHandler {
  return http.get(ANY_CONTACT_ENDPOINT, () => ecwidErrorResponse(status, body, options.headers), {
    once: options.once ?? false,
  });
}

/** 403 INVALID_API_TOKEN: wrong, revoked or missing token (Ecwid has no 401). */
export function invalidTokenHandler(options?: FailureOptions): HttpHandler {
  return ecwidErrorHandler(403, { errorMessage: 'Invalid token', errorCode: 'INVALID_API_TOKEN' }, options);
}

/** 403 INSUFFICIENT_APP_SCOPE: the app was installed without `read_customers`. */
export function missingScopeHandler(options?: FailureOptions): HttpHandler {
  return http.get(ANY_CONTACT_ENDPOINT, () => missingScopeResponse('read_customers'), {
    once: options?.once ?? false,
  });
}

/** 404: the customer or contact does not exist (or was deleted since the list was loaded). */
export function notFoundHandler(options?: FailureOptions & EcwidErrorJson): HttpHandler {
  const { once, ...body } = options ?? {};
  return ecwidErrorHandler(404, { errorMessage: 'Customer contact not found', ...body }, { once });
}

/** 429 RATE_LIMITED with `Retry-After` in seconds (Ecwid allows 600 requests a minute per token). */
export function rateLimitedHandler(
  options: FailureOptions & { retryAfterSeconds?: number } = {},
): HttpHandler {
  return ecwidErrorHandler(
    429,
    { errorMessage: 'Too many requests', errorCode: 'RATE_LIMITED' },
    {
      once: options.once,
      headers: { 'Retry-After': String(options.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS) },
    },
  );
}

/** 500 INTERNAL_ERROR. */
export function serverErrorHandler(options?: FailureOptions): HttpHandler {
  return ecwidErrorHandler(
    500,
    { errorMessage: 'Internal server error', errorCode: 'INTERNAL_ERROR' },
    options,
  );
}

/** A slow network: waits `delayMs`, then lets the default store (or the next handler) answer. */
export function slowNetworkHandler(options: FailureOptions & { delayMs?: number } = {}): HttpHandler {
  return http.get(
    ANY_CONTACT_ENDPOINT,
    async () => {
      await delay(options.delayMs ?? DEFAULT_SLOW_NETWORK_MS);
      // Returning nothing hands the request on to the next matching handler.
      return undefined;
    },
    { once: options.once ?? false },
  );
}

/** Offline, DNS failure or CORS block: `fetch` rejects with a TypeError, there is no response. */
export function offlineHandler(options?: FailureOptions): HttpHandler {
  return http.get(ANY_CONTACT_ENDPOINT, () => HttpResponse.error(), { once: options?.once ?? false });
}

/** A request that never settles: the loading state stays on screen (until the client's timeout). */
export function pendingForeverHandler(): HttpHandler {
  return http.get(ANY_CONTACT_ENDPOINT, async () => {
    await delay('infinite');
    return undefined;
  });
}

export interface Outage {
  /** Answers 500 while the outage lasts, then hands requests on to the default store. */
  readonly handler: HttpHandler;
  /** How many requests the outage has failed so far. */
  readonly failedRequests: number;
  /** Ends the outage: later requests (a retry) succeed. */
  end(): void;
}

/**
 * A server outage that lasts until `end()` is called, whatever the client's automatic retries do.
 * For the retry flow: the card shows the error, the test ends the outage, Retry succeeds.
 */
export function createOutage(): Outage {
  let down = true;
  let failedRequests = 0;
  const handler = http.get(ANY_CONTACT_ENDPOINT, () => {
    if (!down) return undefined;
    failedRequests += 1;
    return ecwidErrorResponse(500, { errorMessage: 'Internal server error', errorCode: 'INTERNAL_ERROR' });
  });
  return {
    handler,
    get failedRequests() {
      return failedRequests;
    },
    end() {
      down = false;
    },
  };
}

export interface WriteFailureOptions extends FailureOptions {
  /** The one write to break; every write (POST, PUT and DELETE) when absent. */
  method?: EcwidWriteMethod;
}

/**
 * One handler for the writes `options` names. `answer` gets the request's write method, to name the
 * scope or the count that write has; returning undefined hands the request on to the store.
 */
function writeFailureHandler(
  options: WriteFailureOptions,
  answer: (method: EcwidWriteMethod) => Response | undefined | Promise<Response | undefined>,
): HttpHandler {
  const resolver: HttpResponseResolver = ({ request }) => {
    const method = writeMethodOf(request);
    return method ? answer(method) : undefined;
  };
  return http.all(
    ({ request }) => {
      const method = writeMethodOf(request);
      return (
        method !== undefined &&
        (options.method ?? method) === method &&
        ANY_CONTACT_ENDPOINT.test(request.url)
      );
    },
    resolver,
    { once: options.once ?? false },
  );
}

/** Any Ecwid-shaped error for the writes: `status` with `{ errorMessage, errorCode }` and optional headers. */
export function writeErrorHandler(
  status: number,
  body: EcwidErrorJson,
  options: WriteFailureOptions & { headers?: HeadersInit } = {},
): HttpHandler {
  return writeFailureHandler(options, () => ecwidErrorResponse(status, body, options.headers));
}

/**
 * 403 INSUFFICIENT_APP_SCOPE naming the scope the write needs: `create_customers` for POST,
 * `update_customers` for PUT and DELETE. (A `mockTokens.readOnly` token gets the same from the store.)
 */
export function writeMissingScopeHandler(options: WriteFailureOptions = {}): HttpHandler {
  return writeFailureHandler(options, (method) => missingScopeResponse(ecwidWriteScopes[method]));
}

/** 409 CONSTRAINT_VIOLATION: Ecwid refused the write as it stands. */
export function writeConflictHandler(options: WriteFailureOptions = {}): HttpHandler {
  return writeErrorHandler(
    409,
    { errorMessage: 'Constraint violation', errorCode: 'CONSTRAINT_VIOLATION' },
    options,
  );
}

/** 429 RATE_LIMITED with `Retry-After` in seconds: Ecwid rejected the write without applying it. */
export function writeRateLimitedHandler(
  options: WriteFailureOptions & { retryAfterSeconds?: number } = {},
): HttpHandler {
  return writeErrorHandler(
    429,
    { errorMessage: 'Too many requests', errorCode: 'RATE_LIMITED' },
    {
      ...options,
      headers: { 'Retry-After': String(options.retryAfterSeconds ?? DEFAULT_RETRY_AFTER_SECONDS) },
    },
  );
}

/** 500 INTERNAL_ERROR: the write may or may not have been applied. The store is left unchanged. */
export function writeServerErrorHandler(options: WriteFailureOptions = {}): HttpHandler {
  return writeErrorHandler(
    500,
    { errorMessage: 'Internal server error', errorCode: 'INTERNAL_ERROR' },
    options,
  );
}

/** 200 with a count of 0 (`{ createCount: 0 }` …): Ecwid answered but applied nothing. */
export function writeNotAppliedHandler(options: WriteFailureOptions = {}): HttpHandler {
  return writeFailureHandler(options, (method) => writeCountResponse(method, 0));
}

/** A slow server: waits `delayMs`, then lets the store apply the write and answer. */
export function slowWriteHandler(options: WriteFailureOptions & { delayMs?: number } = {}): HttpHandler {
  return writeFailureHandler(options, async () => {
    await delay(options.delayMs ?? DEFAULT_SLOW_NETWORK_MS);
    return undefined;
  });
}
