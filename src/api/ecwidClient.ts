import {
  isString,
  parseCustomerContact,
  parseCustomerContactAt,
  invalidResponse,
  type CustomerContact,
} from './customerContact';
import { EcwidApiError, invalidValue, isEcwidApiError } from './ecwidApiError';
import { ecwidErrorFromResponse } from './ecwidErrorFromResponse';
import { positiveSafeInteger } from './positiveSafeInteger';
import { createRequestLimiter } from './requestLimiter';

export const DEFAULT_ECWID_API_BASE_URL = 'https://app.ecwid.com/api/v3';

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

/**
 * The token, if it can go in a header. Anything else would make fetch throw a TypeError quoting the value,
 * so the message names only the rule.
 */
export function headerSafe(token: unknown, name = 'token'): string {
  if (!isString(token) || !/^[\x21-\x7e]+$/.test(token)) throw invalidValue(name, 'printable ASCII');
  return token;
}

/**
 * A client for one store. The token lives only in this closure and in the Authorization header of each
 * request: never in a URL, a property, an error or a log line.
 */
export function createEcwidClient(options: EcwidClientOptions): EcwidClient {
  const {
    storeId: storeIdOption,
    token,
    fetch: fetchOption,
    baseUrl = DEFAULT_ECWID_API_BASE_URL,
    timeoutMs = 15_000,
    maxConcurrent = 6,
    // Untyped callers may pass nothing: that is a missing storeId, not a TypeError.
  } = options ?? ({} as EcwidClientOptions);
  const storeId = positiveSafeInteger('storeId', storeIdOption);
  const root = `${baseUrl.replace(/\/+$/, '')}/${storeId}/customers/`;
  positiveSafeInteger('timeoutMs', timeoutMs);
  const schedule = createRequestLimiter(positiveSafeInteger('maxConcurrent', maxConcurrent));
  if (token === undefined) {
    // Calling Ecwid itself without a token can only fail (and burns the 20/min bad-token allowance per IP).
    if (/\/\/app\.ecwid\.com\b/i.test(baseUrl))
      throw invalidValue('token', 'set unless baseUrl is your proxy');
  } else if (typeof token !== 'function') headerSafe(token);

  /** One try: the token, the fetch, and the body as JSON or the error it maps to. */
  async function send(url: string, signal: AbortSignal): Promise<unknown> {
    let secret = token;
    if (typeof secret === 'function') {
      try {
        secret = await secret();
      } catch (cause) {
        // The host's error stays as the cause; its message is not ours to repeat.
        throw new EcwidApiError('invalid-argument', 'token function failed', { cause });
      }
      secret = headerSafe(secret);
    }
    const response = await (fetchOption ?? fetch)(url, {
      headers: secret ? { Authorization: `Bearer ${secret}` } : {},
      signal,
    });
    const body = await response.text();
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      // Not JSON: the parser's own message quotes the body, so it is left out.
    }
    if (!response.ok) throw ecwidErrorFromResponse(response, json, secret);
    if (json === undefined) throw invalidResponse('body');
    return json;
  }

  // `params` may be missing for untyped callers: that is a missing customerId, not a TypeError.
  async function request(
    params: { customerId: number } | undefined,
    suffix: string,
    { signal }: RequestOptions = {},
  ): Promise<unknown> {
    const url = `${root}${positiveSafeInteger('customerId', params?.customerId)}/contacts${suffix}`;
    const controller = new AbortController();
    const abort = (): void => controller.abort();
    let timer: ReturnType<typeof setTimeout> | undefined;
    signal?.addEventListener('abort', abort);
    try {
      // The race settles the request as soon as the controller aborts: while it waits for a slot, or when
      // a token function or fetch ignores the signal. The limiter drops the request, unsent, if the
      // caller's signal aborted before its turn.
      return await Promise.race([
        schedule(() => {
          // Capped at setTimeout's maximum, past which it would fire at once.
          timer = setTimeout(abort, Math.min(timeoutMs, 2 ** 31 - 1));
          return send(url, controller.signal);
        }, signal),
        new Promise<never>((_, reject) => {
          controller.signal.onabort = reject;
        }),
      ]);
    } catch (error) {
      // Once the controller aborted, the failure is the caller's abort or, failing that, the timeout.
      throw signal?.aborted
        ? new EcwidApiError('aborted', url)
        : controller.signal.aborted
          ? new EcwidApiError('timeout', `No answer in ${timeoutMs} ms: ${url}`)
          : isEcwidApiError(error)
            ? error
            : new EcwidApiError('network', `Could not reach ${url}`, { cause: error });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    }
  }

  return {
    storeId,
    async getCustomerContact(params, requestOptions) {
      const contactId = `/${positiveSafeInteger('contactId', params?.contactId)}`;
      return parseCustomerContact(await request(params, contactId, requestOptions));
    },
    async listCustomerContacts(params, requestOptions) {
      const items = ((await request(params, '', requestOptions)) as { items?: unknown } | null)?.items;
      if (!Array.isArray(items)) throw invalidResponse('items');
      // Array.prototype.sort is stable, so equal orderBy keeps Ecwid's order.
      return items
        .map((item, index) => parseCustomerContactAt(item, `items[${index}]`))
        .sort((a, b) => a.orderBy - b.orderBy);
    },
  };
}
