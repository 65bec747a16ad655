import {
  parseCustomerContact,
  parseCustomerContactAt,
  invalidResponse,
  type CustomerContact,
} from './customerContact';
import { EcwidApiError, invalidValue, isEcwidApiError } from './ecwidApiError';
import { ecwidErrorFromResponse } from './ecwidErrorFromResponse';
import { isPositiveSafeInteger } from './positiveSafeInteger';
import { abortedError, createRequestLimiter } from './requestLimiter';

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

/** Ids and counts: anything but a positive safe integer throws 'invalid-argument' before any request. */
function positive(name: string, value: unknown): number {
  if (!isPositiveSafeInteger(value)) throw invalidValue('invalid-argument', name, 'a positive safe integer');
  return value;
}

/**
 * The token, if it can go in a header. Anything else would make fetch throw a TypeError quoting the value,
 * so the message names only the rule.
 */
function headerSafe(token: unknown): string {
  if (typeof token !== 'string' || !/^[\x21-\x7e]+$/.test(token)) {
    throw invalidValue('invalid-argument', 'token', 'printable ASCII without spaces');
  }
  return token;
}

/**
 * A client for one store. The token lives only in this closure and in the Authorization header of each
 * request: never in a URL, a property, an error or a log line.
 */
export function createEcwidClient(options: EcwidClientOptions): EcwidClient {
  const storeId = positive('storeId', options.storeId);
  const { token, fetch: fetchOption } = options;
  const baseUrl = (options.baseUrl ?? DEFAULT_ECWID_API_BASE_URL).replace(/\/+$/, '');
  const timeoutMs = positive('timeoutMs', options.timeoutMs ?? 15_000);
  const schedule = createRequestLimiter({
    maxConcurrent: positive('maxConcurrent', options.maxConcurrent ?? 6),
  });
  if (typeof token !== 'function' && token !== undefined) headerSafe(token);
  // Calling Ecwid itself without a token can only fail (and burns the 20/min bad-token allowance per IP).
  if (token === undefined && /^https?:\/\/app\.ecwid\.com([/:?#]|$)/i.test(baseUrl)) {
    throw invalidValue('invalid-argument', 'token', 'set unless baseUrl is your own proxy');
  }

  async function resolveToken(): Promise<string | undefined> {
    if (typeof token !== 'function') return token;
    let value: unknown;
    try {
      value = await token();
    } catch (cause) {
      // The host's error stays as the cause; its message is not ours to repeat.
      throw new EcwidApiError('invalid-argument', 'The token function failed (see cause)', { cause });
    }
    return headerSafe(value);
  }

  async function send(url: string, signal: AbortSignal | undefined): Promise<unknown> {
    const controller = new AbortController();
    const abort = (): void => controller.abort();
    // Capped at setTimeout's maximum, past which it would fire at once.
    const timer = setTimeout(abort, Math.min(timeoutMs, 2_147_483_647));
    signal?.addEventListener('abort', abort);
    // Settles the request when the controller aborts, even if a token function or fetch ignores it.
    const stopped = new Promise<never>((_, reject) => {
      controller.signal.onabort = reject;
    });
    const attempt = async (): Promise<unknown> => {
      const secret = await resolveToken();
      const response = await (fetchOption ?? fetch)(url, {
        headers: secret ? { Authorization: `Bearer ${secret}` } : {},
        signal: controller.signal,
      });
      const body = await response.text();
      if (!response.ok) throw ecwidErrorFromResponse(response, body, secret);
      try {
        return JSON.parse(body);
      } catch {
        // The parser's own message quotes the body; it is left out.
        throw new EcwidApiError('invalid-response', 'The body is not JSON', {
          status: response.status,
        });
      }
    };
    try {
      return await Promise.race([attempt(), stopped]);
    } catch (error) {
      // Once the controller aborted, the failure is the caller's abort or, failing that, the timeout.
      throw signal?.aborted
        ? abortedError()
        : controller.signal.aborted
          ? new EcwidApiError('timeout', `No answer from ${url} within ${timeoutMs} ms`)
          : isEcwidApiError(error)
            ? error
            : new EcwidApiError('network', `Could not reach ${url}`, {
                cause: error,
              });
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', abort);
    }
  }

  const request = (customerId: number, suffix: string, { signal }: RequestOptions = {}): Promise<unknown> => {
    const url = `${baseUrl}/${storeId}/customers/${positive('customerId', customerId)}/contacts${suffix}`;
    return schedule(() => send(url, signal), signal);
  };

  return {
    storeId,
    async getCustomerContact(params, requestOptions) {
      const contactId = `/${positive('contactId', params.contactId)}`;
      return parseCustomerContact(await request(params.customerId, contactId, requestOptions));
    },
    async listCustomerContacts(params, requestOptions) {
      const { items } = ((await request(params.customerId, '', requestOptions)) ?? {}) as { items?: unknown };
      if (!Array.isArray(items)) throw invalidResponse('items', 'an array');
      // Array.prototype.sort is stable, so equal orderBy keeps Ecwid's order.
      return items
        .map((item, index) => parseCustomerContactAt(item, `items[${index}]`))
        .sort((a, b) => a.orderBy - b.orderBy);
    },
  };
}
