import { parseCustomerContact, parseCustomerContactAt, type CustomerContact } from './customerContact';
import { EcwidApiError, isEcwidApiError } from './ecwidApiError';
import { ecwidErrorFromResponse } from './ecwidErrorFromResponse';
import { isPositiveSafeInteger } from './positiveSafeInteger';
import { abortedError, createRequestLimiter } from './requestLimiter';

export const DEFAULT_ECWID_API_BASE_URL = 'https://app.ecwid.com/api/v3';
const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_CONCURRENT = 6;
// Calling Ecwid itself without a token can only fail (and burns the 20/min bad-token allowance per IP).
const ECWID_HOST = /^https?:\/\/app\.ecwid\.com(?:[/:?#]|$)/i;

export interface EcwidClientOptions {
  storeId: number;
  /**
   * The access token, or a function returning it (sync or async), called for every request so a host can
   * rotate it. Optional only when `baseUrl` points at the host's own proxy that adds authorisation.
   */
  token?: string | (() => string | Promise<string>);
  /** Default 'https://app.ecwid.com/api/v3'. A trailing slash is ignored. */
  baseUrl?: string;
  /** Default: the global fetch, looked up per request. */
  fetch?: typeof fetch;
  /** Default 15000; a request still running after it fails as 'timeout'. */
  timeoutMs?: number;
  /** Default 6; the client's requests in flight at once. */
  maxConcurrent?: number;
}

export interface RequestOptions {
  signal?: AbortSignal;
}

export interface EcwidClient {
  readonly storeId: number;
  /** GET {baseUrl}/{storeId}/customers/{customerId}/contacts/{contactId} */
  getCustomerContact(
    params: { customerId: number; contactId: number },
    options?: RequestOptions,
  ): Promise<CustomerContact>;
  /** GET {baseUrl}/{storeId}/customers/{customerId}/contacts, sorted by orderBy. */
  listCustomerContacts(params: { customerId: number }, options?: RequestOptions): Promise<CustomerContact[]>;
}

// What an HTTP header value may hold; anything else makes fetch throw a TypeError that quotes the value.
const HEADER_SAFE_TOKEN = /^[\x21-\x7e]+$/;
const TOKEN_HINT =
  'The token must be non-empty printable ASCII without spaces or line breaks: check for a stray space, quote or newline.';

function invalidArgument(message: string): EcwidApiError {
  return new EcwidApiError('invalid-argument', message);
}

function requireId(name: string, value: unknown): number {
  if (!isPositiveSafeInteger(value)) {
    throw invalidArgument(`${name} must be a positive safe integer (got ${typeof value}).`);
  }
  return value;
}

/** Rejects when `signal` aborts, so a fetch (or token function) that ignores signals still cannot hang us. */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason);
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(signal.reason);
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(
      (value) => {
        signal.removeEventListener('abort', onAbort);
        resolve(value);
      },
      (error: unknown) => {
        signal.removeEventListener('abort', onAbort);
        reject(error);
      },
    );
  });
}

/**
 * A client for one store. The token lives only in this closure and in the Authorization header of each
 * request: never in a URL, a property, an error or a log line.
 */
export function createEcwidClient(options: EcwidClientOptions): EcwidClient {
  if (typeof options !== 'object' || options === null) {
    throw invalidArgument('createEcwidClient needs an options object: { storeId, token }.');
  }
  const storeId = requireId('storeId', options.storeId);

  const baseUrlOption = options.baseUrl ?? DEFAULT_ECWID_API_BASE_URL;
  if (typeof baseUrlOption !== 'string' || baseUrlOption.trim() === '') {
    throw invalidArgument('baseUrl must be a non-empty string, e.g. "https://app.ecwid.com/api/v3".');
  }
  const baseUrl = baseUrlOption.trim().replace(/\/+$/, '');

  const { token } = options;
  if (token !== undefined && typeof token !== 'function') {
    if (typeof token !== 'string') {
      throw invalidArgument(`token must be a string or a function returning one (got ${typeof token}).`);
    }
    if (!HEADER_SAFE_TOKEN.test(token)) throw invalidArgument(TOKEN_HINT);
  }
  if (token === undefined && ECWID_HOST.test(baseUrl)) {
    throw invalidArgument(
      'createEcwidClient needs a token to call Ecwid directly. Pass `token`, or set `baseUrl` to your own ' +
        'server-side proxy that adds the Authorization header (a secret token must never ship to browsers).',
    );
  }

  const fetchOption = options.fetch;
  if (fetchOption !== undefined && typeof fetchOption !== 'function') {
    throw invalidArgument('fetch must be a function compatible with the global fetch.');
  }

  const timeoutMs = options.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  if (typeof timeoutMs !== 'number' || !(timeoutMs > 0) || timeoutMs > 2_147_483_647) {
    throw invalidArgument('timeoutMs must be a positive number of milliseconds (at most 2147483647).');
  }
  const maxConcurrent = options.maxConcurrent ?? DEFAULT_MAX_CONCURRENT;
  if (!isPositiveSafeInteger(maxConcurrent)) {
    throw invalidArgument('maxConcurrent must be a positive safe integer.');
  }

  const limiter = createRequestLimiter({ maxConcurrent });

  async function resolveToken(): Promise<string | undefined> {
    if (typeof token !== 'function') return token;
    let value: unknown;
    try {
      value = await token();
    } catch (error) {
      // The host's error stays as the cause; its message is not ours to repeat.
      throw new EcwidApiError('invalid-argument', 'The token function threw or rejected; see `cause`.', {
        cause: error,
      });
    }
    if (typeof value !== 'string') {
      throw invalidArgument(`The token function must return a string (got ${typeof value}).`);
    }
    if (!HEADER_SAFE_TOKEN.test(value))
      throw invalidArgument(`The token function returned a bad token. ${TOKEN_HINT}`);
    return value;
  }

  async function send(path: string, signal: AbortSignal | undefined): Promise<unknown> {
    const url = `${baseUrl}${path}`;
    const controller = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      controller.abort();
    }, timeoutMs);
    const onAbort = (): void => controller.abort();
    signal?.addEventListener('abort', onAbort, { once: true });
    if (signal?.aborted) controller.abort();

    let secret: string | undefined;
    const redact = (text: string): string =>
      secret === undefined || secret === '' ? text : text.split(secret).join('[redacted]');

    // Any failure while the controller is aborted is ours: a timeout or the caller's abort.
    const failure = (error: unknown): EcwidApiError => {
      if (timedOut) {
        return new EcwidApiError('timeout', `Ecwid did not answer GET ${url} within ${timeoutMs} ms.`);
      }
      if (controller.signal.aborted) return abortedError();
      if (isEcwidApiError(error)) return error;
      return new EcwidApiError(
        'network',
        `Could not reach GET ${url}: the network failed, the host is unreachable, or CORS blocked the request.`,
        { cause: error },
      );
    };

    try {
      secret = await untilAborted(resolveToken(), controller.signal).catch((error: unknown) => {
        throw failure(error);
      });
      const headers: Record<string, string> = { Accept: 'application/json' };
      if (secret !== undefined) headers.Authorization = `Bearer ${secret}`;
      const fetchImpl = fetchOption ?? globalThis.fetch;

      let response: Response;
      let body: string;
      try {
        response = await untilAborted(
          fetchImpl(url, { method: 'GET', headers, signal: controller.signal }),
          controller.signal,
        );
        body = await untilAborted(response.text(), controller.signal);
      } catch (error) {
        throw failure(error);
      }

      if (!response.ok) throw ecwidErrorFromResponse(response, body, redact);
      if (body.trim() === '') {
        throw new EcwidApiError('invalid-response', `Ecwid answered GET ${url} with an empty body.`, {
          status: response.status,
        });
      }
      try {
        return JSON.parse(body) as unknown;
      } catch {
        // The parser's own message quotes the body; it is left out.
        throw new EcwidApiError(
          'invalid-response',
          `Ecwid answered GET ${url} with a body that is not JSON.`,
          {
            status: response.status,
          },
        );
      }
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  function request(path: string, signal: AbortSignal | undefined): Promise<unknown> {
    return limiter.schedule(() => send(path, signal), signal);
  }

  function customerPath(customerId: number): string {
    return `/${encodeURIComponent(storeId)}/customers/${encodeURIComponent(customerId)}/contacts`;
  }

  return {
    storeId,
    async getCustomerContact(
      params: { customerId: number; contactId: number },
      requestOptions: RequestOptions = {},
    ): Promise<CustomerContact> {
      const customerId = requireId('customerId', params?.customerId);
      const contactId = requireId('contactId', params?.contactId);
      const json = await request(
        `${customerPath(customerId)}/${encodeURIComponent(contactId)}`,
        requestOptions.signal,
      );
      return parseCustomerContact(json);
    },
    async listCustomerContacts(
      params: { customerId: number },
      requestOptions: RequestOptions = {},
    ): Promise<CustomerContact[]> {
      const customerId = requireId('customerId', params?.customerId);
      const json = await request(customerPath(customerId), requestOptions.signal);
      if (typeof json !== 'object' || json === null || !Array.isArray((json as { items?: unknown }).items)) {
        throw new EcwidApiError(
          'invalid-response',
          'Ecwid answered the contact list without an "items" array.',
        );
      }
      const items = (json as { items: unknown[] }).items;
      const contacts = items.map((item, index) => parseCustomerContactAt(item, `items[${index}]`));
      // Array.prototype.sort is stable, so equal orderBy keeps Ecwid's order.
      return contacts.sort((a, b) => a.orderBy - b.orderBy);
    },
  };
}
