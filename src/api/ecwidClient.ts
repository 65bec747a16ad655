import { parseCustomerContact, parseCustomerContactAt, type CustomerContact } from './customerContact';
import {
  contactPatchFields,
  createdContactOf,
  newContactFields,
  personalValuesOf,
  requireApplied,
  type CreatedCustomerContact,
  type CustomerContactPatch,
  type NewCustomerContact,
} from './customerContactWrite';
import { EcwidApiError, invalidArgument, invalidResponse, isEcwidApiError } from './ecwidApiError';
import { ecwidErrorFromResponse } from './ecwidErrorFromResponse';
import { SCOPE_BY_METHOD, type EcwidMethod } from './ecwidScope';
import { createRequestLimiter } from './requestLimiter';
import { isPlainObject, isString, requireHeaderSafeToken, requirePositiveSafeInteger } from './validate';

export const DEFAULT_ECWID_API_BASE_URL = 'https://app.ecwid.com/api/v3';

const DEFAULT_TIMEOUT_MS = 15_000;
const DEFAULT_MAX_CONCURRENT = 6;
/** setTimeout's longest delay; a longer one would fire at once. */
const MAX_TIMER_MS = 2 ** 31 - 1;
/** A baseUrl that calls Ecwid itself rather than the host's proxy. */
const ECWID_API_HOST = /\/\/app\.ecwid\.com\b/i;

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
  /** POST {baseUrl}/{storeId}/customers/{customerId}/contacts; needs the create_customers scope. */
  createCustomerContact(
    params: { customerId: number },
    contact: NewCustomerContact,
    options?: RequestOptions,
  ): Promise<CreatedCustomerContact>;
  /** PUT …/contacts/{contactId} with only the fields in `patch`; needs the update_customers scope. */
  updateCustomerContact(
    params: { customerId: number; contactId: number },
    patch: CustomerContactPatch,
    options?: RequestOptions,
  ): Promise<void>;
  /** DELETE …/contacts/{contactId}; needs the update_customers scope (Ecwid has no delete scope). */
  deleteCustomerContact(
    params: { customerId: number; contactId: number },
    options?: RequestOptions,
  ): Promise<void>;
}

/** The body as JSON; undefined when it is not JSON (the parser's message quotes the body, so it is dropped). */
function parseJsonBody(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

interface FailedRequest {
  /** "GET https://…", for the message. */
  description: string;
  callerSignal: AbortSignal | undefined;
  /** Aborted by the caller's signal or by the timeout. */
  requestSignal: AbortSignal;
  timeoutMs: number;
}

/** Why a request failed: the caller aborted it, it ran out of time, the network failed, or Ecwid answered an error. */
function classifyFailure(
  error: unknown,
  { description, callerSignal, requestSignal, timeoutMs }: FailedRequest,
): EcwidApiError {
  if (callerSignal?.aborted) return new EcwidApiError('aborted', `${description} was aborted by the caller`);
  if (requestSignal.aborted)
    return new EcwidApiError('timeout', `${description} had no answer in ${timeoutMs} ms`);
  if (isEcwidApiError(error)) return error;
  return new EcwidApiError('network', `${description} could not reach the server`, { cause: error });
}

/**
 * A client for one store. The token lives only in this closure and in the Authorization header of each
 * request: never in a URL, a property, an error or a log line.
 */
export function createEcwidClient(options: EcwidClientOptions): EcwidClient {
  const {
    storeId: storeIdOption,
    token: optionToken,
    fetch: fetchOption,
    baseUrl = DEFAULT_ECWID_API_BASE_URL,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    maxConcurrent = DEFAULT_MAX_CONCURRENT,
    // Untyped callers may pass nothing: that is a missing storeId, not a TypeError.
  }: Partial<EcwidClientOptions> = options ?? {};
  const storeId = requirePositiveSafeInteger('storeId', storeIdOption);
  if (!isString(baseUrl)) throw invalidArgument('baseUrl', 'a string');
  if (fetchOption !== undefined && typeof fetchOption !== 'function')
    throw invalidArgument('fetch', 'a function');
  requirePositiveSafeInteger('timeoutMs', timeoutMs);
  const schedule = createRequestLimiter(requirePositiveSafeInteger('maxConcurrent', maxConcurrent));
  if (optionToken === undefined) {
    // Calling Ecwid itself without a token can only fail (and burns the 20/min bad-token allowance per IP).
    if (ECWID_API_HOST.test(baseUrl)) throw invalidArgument('token', 'set unless baseUrl is your proxy');
  } else if (typeof optionToken !== 'function') {
    requireHeaderSafeToken(optionToken);
  }
  const customersUrl = `${baseUrl.replace(/\/+$/, '')}/${storeId}/customers`;

  /** The token for one request: the option itself, or what the token function returns. */
  async function resolveToken(): Promise<string | undefined> {
    if (typeof optionToken !== 'function') return optionToken;
    let returned: unknown;
    try {
      returned = await optionToken();
    } catch (cause) {
      // The host's error stays as the cause; its message is not ours to repeat.
      throw new EcwidApiError('invalid-argument', 'The token function failed', { cause });
    }
    return requireHeaderSafeToken(returned);
  }

  /** One try: the token, the fetch, and the answer as JSON or the error it maps to. */
  async function send(
    method: EcwidMethod,
    url: string,
    fields: Record<string, unknown> | undefined,
    signal: AbortSignal,
  ): Promise<unknown> {
    const resolvedToken = await resolveToken();
    const headers: Record<string, string> = {};
    if (resolvedToken) headers.Authorization = `Bearer ${resolvedToken}`;
    let body: string | undefined;
    if (fields !== undefined) {
      headers['Content-Type'] = 'application/json';
      body = JSON.stringify(fields);
    }
    const fetchFunction = fetchOption ?? fetch;
    const response = await fetchFunction(url, { method, headers, body, signal });
    const json = parseJsonBody(await response.text());
    if (!response.ok) {
      // Should Ecwid's message echo them, neither the token nor a write's contact values and notes stay.
      const secrets = fields === undefined ? [] : personalValuesOf(fields);
      if (resolvedToken) secrets.push(resolvedToken);
      throw ecwidErrorFromResponse(response, json, secrets, SCOPE_BY_METHOD[method]);
    }
    if (json === undefined) throw invalidResponse('body');
    return json;
  }

  /**
   * Sends `method` {customersUrl}/{path}, with `fields` as the JSON body, through the limiter, with the
   * timeout and the caller's signal.
   */
  async function request(
    method: EcwidMethod,
    path: string,
    { signal: callerSignal }: RequestOptions = {},
    fields?: Record<string, unknown>,
  ): Promise<unknown> {
    const url = `${customersUrl}/${path}`;
    const controller = new AbortController();
    const abort = (): void => controller.abort();
    let timer: ReturnType<typeof setTimeout> | undefined;
    callerSignal?.addEventListener('abort', abort);
    // Settles the request as soon as the controller aborts: while it waits for a slot, or when a token
    // function or fetch ignores the signal.
    const abortion = new Promise<never>((_, reject) => {
      controller.signal.addEventListener('abort', reject);
    });
    // A signal that aborted before the call never fires its event: settle at once, unsent.
    if (callerSignal?.aborted) abort();
    try {
      // The limiter drops the request, unsent, if the caller's signal aborted before its turn.
      const sent = schedule(() => {
        timer = setTimeout(abort, Math.min(timeoutMs, MAX_TIMER_MS));
        return send(method, url, fields, controller.signal);
      }, callerSignal);
      return await Promise.race([sent, abortion]);
    } catch (error) {
      throw classifyFailure(error, {
        description: `${method} ${url}`,
        callerSignal,
        requestSignal: controller.signal,
        timeoutMs,
      });
    } finally {
      clearTimeout(timer);
      callerSignal?.removeEventListener('abort', abort);
    }
  }

  // `params` may be missing for untyped callers: that is a missing customerId, not a TypeError.
  function contactsPath(params: { customerId: number } | undefined): string {
    return `${requirePositiveSafeInteger('customerId', params?.customerId)}/contacts`;
  }

  function contactPath(params: { customerId: number; contactId: number } | undefined): string {
    return `${contactsPath(params)}/${requirePositiveSafeInteger('contactId', params?.contactId)}`;
  }

  return {
    storeId,
    async getCustomerContact(params, requestOptions) {
      return parseCustomerContact(await request('GET', contactPath(params), requestOptions));
    },
    async listCustomerContacts(params, requestOptions) {
      const body = await request('GET', contactsPath(params), requestOptions);
      if (!isPlainObject(body) || !Array.isArray(body.items)) throw invalidResponse('items');
      // Array.prototype.sort is stable, so equal orderBy keeps Ecwid's order.
      return body.items
        .map((item: unknown, index) => parseCustomerContactAt(item, `items[${index}]`))
        .sort((a, b) => a.orderBy - b.orderBy);
    },
    async createCustomerContact(params, contact, requestOptions) {
      const body = await request('POST', contactsPath(params), requestOptions, newContactFields(contact));
      requireApplied(body, 'createCount');
      return createdContactOf(body);
    },
    async updateCustomerContact(params, patch, requestOptions) {
      const body = await request('PUT', contactPath(params), requestOptions, contactPatchFields(patch));
      requireApplied(body, 'updateCount');
    },
    async deleteCustomerContact(params, requestOptions) {
      const body = await request('DELETE', contactPath(params), requestOptions);
      requireApplied(body, 'deleteCount');
    },
  };
}
