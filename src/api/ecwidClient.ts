import {
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
  if (typeof token !== 'string' || !/^[\x21-\x7e]+$/.test(token)) {
    throw invalidValue(name, 'printable ASCII without spaces');
  }
  return token;
}

/**
 * A client for one store. The token lives only in this closure and in the Authorization header of each
 * request: never in a URL, a property, an error or a log line.
 */
export function createEcwidClient(options: EcwidClientOptions): EcwidClient {
  // Untyped callers may pass nothing: that is a missing storeId, not a TypeError.
  options ??= {} as EcwidClientOptions;
  const {
    token,
    fetch: fetchOption,
    baseUrl = DEFAULT_ECWID_API_BASE_URL,
    timeoutMs = 15_000,
    maxConcurrent = 6,
  } = options;
  const storeId = positiveSafeInteger('storeId', options.storeId);
  const root = `${baseUrl.replace(/\/+$/, '')}/${storeId}/customers/`;
  positiveSafeInteger('timeoutMs', timeoutMs);
  const schedule = createRequestLimiter({
    maxConcurrent: positiveSafeInteger('maxConcurrent', maxConcurrent),
  });
  if (token === undefined) {
    // Calling Ecwid itself without a token can only fail (and burns the 20/min bad-token allowance per IP).
    if (/^https?:\/\/app\.ecwid\.com\b/i.test(baseUrl)) {
      throw invalidValue('token', 'set unless baseUrl is your own proxy');
    }
  } else if (typeof token !== 'function') headerSafe(token);

  async function attempt(url: string, signal: AbortSignal): Promise<unknown> {
    let secret = token;
    if (typeof secret === 'function') {
      let value: unknown;
      try {
        value = await secret();
      } catch (cause) {
        // The host's error stays as the cause; its message is not ours to repeat.
        throw new EcwidApiError('invalid-argument', 'The token function failed (see cause)', { cause });
      }
      secret = headerSafe(value);
    }
    const response = await (fetchOption ?? fetch)(url, {
      headers: secret ? { Authorization: `Bearer ${secret}` } : {},
      signal,
    });
    const body = await response.text();
    if (!response.ok) throw ecwidErrorFromResponse(response, body, secret);
    try {
      return JSON.parse(body);
    } catch {
      // The parser's own message quotes the body; it is left out.
      throw new EcwidApiError('invalid-response', 'The body is not JSON', { status: response.status });
    }
  }

  function request(
    customerId: number | undefined,
    suffix: string,
    { signal }: RequestOptions = {},
  ): Promise<unknown> {
    const url = `${root}${positiveSafeInteger('customerId', customerId)}/contacts${suffix}`;
    const controller = new AbortController();
    const abort = (): void => controller.abort();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Settles the request as soon as the controller aborts: while it waits for a slot, or when a token
    // function or fetch ignores the signal.
    const stopped = new Promise<never>((_, reject) => {
      controller.signal.onabort = reject;
    });
    signal?.addEventListener('abort', abort);
    const run = (): Promise<unknown> => {
      // Capped at setTimeout's maximum, past which it would fire at once.
      timer = setTimeout(abort, Math.min(timeoutMs, 2_147_483_647));
      return attempt(url, controller.signal);
    };
    // The limiter drops the request, unsent, if the caller's signal aborted before its turn (or before it
    // was scheduled).
    return Promise.race([schedule(run, signal), stopped])
      .catch((error: unknown) => {
        // Once the controller aborted, the failure is the caller's abort or, failing that, the timeout.
        throw signal?.aborted
          ? new EcwidApiError('aborted', 'Aborted')
          : controller.signal.aborted
            ? new EcwidApiError('timeout', `No answer within ${timeoutMs} ms from ${url}`)
            : isEcwidApiError(error)
              ? error
              : new EcwidApiError('network', `Could not reach ${url}`, { cause: error });
      })
      .finally(() => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', abort);
      });
  }

  return {
    storeId,
    async getCustomerContact(params, requestOptions) {
      const contactId = `/${positiveSafeInteger('contactId', params?.contactId)}`;
      return parseCustomerContact(await request(params?.customerId, contactId, requestOptions));
    },
    async listCustomerContacts(params, requestOptions) {
      const { items } = ((await request(params?.customerId, '', requestOptions)) ?? {}) as {
        items?: unknown;
      };
      if (!Array.isArray(items)) throw invalidResponse('items', 'an array');
      // Array.prototype.sort is stable, so equal orderBy keeps Ecwid's order.
      return items
        .map((item, index) => parseCustomerContactAt(item, `items[${index}]`))
        .sort((a, b) => a.orderBy - b.orderBy);
    },
  };
}
