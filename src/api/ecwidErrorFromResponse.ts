import { EcwidApiError, type EcwidApiErrorKind } from './ecwidApiError';
import { parseRetryAfter } from './retryAfter';

export interface ErrorResponse {
  status: number;
  statusText: string;
  headers: { get(name: string): string | null };
}

// Ecwid's own messages are short; anything longer is not worth a developer's screen.
const MAX_DETAIL_LENGTH = 300;

interface EcwidErrorBody {
  errorMessage?: string;
  errorCode?: string;
}

function readErrorBody(body: string): EcwidErrorBody {
  // Error bodies may be empty, HTML from a proxy, or Ecwid's { errorMessage, errorCode }.
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    return {};
  }
  if (typeof json !== 'object' || json === null) return {};
  const { errorMessage, errorCode } = json as Record<string, unknown>;
  return {
    ...(typeof errorMessage === 'string' && errorMessage.trim() !== ''
      ? { errorMessage: errorMessage.trim().slice(0, MAX_DETAIL_LENGTH) }
      : {}),
    ...(typeof errorCode === 'string' && /^[A-Z0-9_]{1,64}$/.test(errorCode) ? { errorCode } : {}),
  };
}

function kindFor(status: number, code: string | undefined): EcwidApiErrorKind {
  if (status === 403 && code === 'INVALID_API_TOKEN') return 'invalid-token';
  if (status === 403 && code === 'INSUFFICIENT_APP_SCOPE') return 'missing-scope';
  // Ecwid has no 401, but a host's proxy may answer one for a missing or bad token.
  if (status === 401) return 'invalid-token';
  if (status === 403) return 'forbidden';
  if (status === 402) return 'payment-required';
  if (status === 404) return 'not-found';
  if (status === 408) return 'timeout';
  if (status === 429) return 'rate-limited';
  if (status >= 500) return 'server';
  if (status >= 400) return 'bad-request';
  return 'invalid-response';
}

function hintFor(kind: EcwidApiErrorKind, retryAfterMs: number | undefined): string {
  switch (kind) {
    case 'invalid-token':
      return 'Check the access token passed to the client: it may be mistyped, revoked, or for another store.';
    case 'missing-scope':
      return 'The token lacks the read_customers scope: add read_customers to the app and reinstall it to get a new token.';
    case 'forbidden':
      return 'The token is not allowed to read this resource.';
    case 'payment-required':
      return "The store's plan does not include this API, or the store is suspended.";
    case 'not-found':
      return 'Check the storeId, customerId and contactId.';
    case 'rate-limited':
      return retryAfterMs === undefined
        ? 'Too many requests (Ecwid allows 600 per minute per token): retry later.'
        : `Too many requests (Ecwid allows 600 per minute per token): retry in ${Math.ceil(retryAfterMs / 1000)} s.`;
    case 'bad-request':
      return 'Ecwid rejected the request parameters.';
    case 'server':
      return 'Ecwid had a server error: retry later.';
    case 'timeout':
      return 'Ecwid timed out: retry later.';
    case 'invalid-response':
      return 'The response was not a success or an error.';
    case 'network':
    case 'aborted':
    case 'invalid-argument':
      return '';
    default:
      return kind satisfies never;
  }
}

/**
 * Maps a non-OK response to an EcwidApiError. The message says what Ecwid said (or the status text when the
 * body is empty or HTML) and what to do about it; `redact` removes secrets a body might echo.
 */
export function ecwidErrorFromResponse(
  response: ErrorResponse,
  body: string,
  redact: (text: string) => string = (text) => text,
): EcwidApiError {
  const { errorMessage, errorCode } = readErrorBody(body);
  const kind = kindFor(response.status, errorCode);
  const retryAfterMs =
    kind === 'rate-limited' ? parseRetryAfter(response.headers.get('Retry-After')) : undefined;
  const said = redact(errorMessage ?? response.statusText.trim().slice(0, MAX_DETAIL_LENGTH));
  const head = `Ecwid API ${response.status}${errorCode === undefined ? '' : ` ${errorCode}`}`;
  const hint = hintFor(kind, retryAfterMs);
  const message = [said === '' ? `${head}.` : `${head}: ${said.replace(/\.?$/, '.')}`, hint]
    .filter((part) => part !== '')
    .join(' ');
  return new EcwidApiError(kind, message, {
    status: response.status,
    ...(errorCode === undefined ? {} : { code: errorCode }),
    ...(retryAfterMs === undefined ? {} : { retryAfterMs }),
  });
}
