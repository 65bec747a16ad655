import { EcwidApiError, type EcwidApiErrorKind } from './ecwidApiError';
import type { EcwidScope } from './ecwidScope';
import { isPlainObject, isString } from './validate';

export interface ErrorResponse {
  status: number;
  statusText: string;
  headers: { get(name: string): string | null };
}

/** Ecwid's error codes that decide the kind on their own: Ecwid sends both with a 403. */
const KIND_BY_ECWID_CODE: ReadonlyMap<string, EcwidApiErrorKind> = new Map([
  ['INVALID_API_TOKEN', 'invalid-token'],
  ['INSUFFICIENT_APP_SCOPE', 'missing-scope'],
]);

/** Statuses with a kind of their own. Ecwid has no 401, but a host's proxy may answer one for a bad token. */
const KIND_BY_HTTP_STATUS: ReadonlyMap<number, EcwidApiErrorKind> = new Map([
  [401, 'invalid-token'],
  [402, 'payment-required'],
  [403, 'forbidden'],
  [404, 'not-found'],
  [408, 'timeout'],
  [429, 'rate-limited'],
]);

/** What reaches `code` and the message: only something shaped like an Ecwid code. */
const ECWID_CODE = /^[A-Z][A-Z\d_]{0,63}$/;
/** Retry-After in delta-seconds, the form Ecwid sends; the HTTP-date form is not read. */
const DELTA_SECONDS = /^\d{1,9}(\.\d+)?$/;
const MAX_DETAIL_LENGTH = 300;

/** Retry-After in milliseconds, or undefined when the header is absent or not delta-seconds. */
export function parseRetryAfter(header: string | null): number | undefined {
  const seconds = header?.trim();
  if (seconds === undefined || !DELTA_SECONDS.test(seconds)) return undefined;
  return Math.round(Number(seconds) * 1000);
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function kindOf(status: number, code: string | undefined): EcwidApiErrorKind {
  const kindByCode = code === undefined ? undefined : KIND_BY_ECWID_CODE.get(code);
  const kind = kindByCode ?? KIND_BY_HTTP_STATUS.get(status);
  if (kind) return kind;
  if (status >= 500) return 'server';
  if (status >= 400) return 'bad-request';
  return 'invalid-response';
}

/**
 * Maps a non-OK response to an EcwidApiError whose message is the status, Ecwid's errorCode and Ecwid's
 * errorMessage (or the status text when the body is empty, HTML or not Ecwid's shape), cut to 300
 * characters. Each of `secrets` (the token, and the contact values and notes a write sent) is redacted
 * should the body echo it. `json` is the parsed body, undefined when it was not JSON. `requiredScope` is
 * the scope the request needed, named on a 'missing-scope'. `kind` says the rest: advice per kind lives
 * in the README.
 */
export function ecwidErrorFromResponse(
  { status, statusText, headers }: ErrorResponse,
  json: unknown,
  secrets: readonly string[] = [],
  requiredScope: EcwidScope = 'read_customers',
): EcwidApiError {
  const body = isPlainObject(json) ? json : {};
  const code = isString(body.errorCode) && ECWID_CODE.test(body.errorCode) ? body.errorCode : undefined;
  let detail = isString(body.errorMessage) && body.errorMessage !== '' ? body.errorMessage : statusText;
  // Longest first, so a value holding a shorter one (an e-mail holding its handle) goes whole. Case
  // blind, since Ecwid may echo an e-mail lower-cased.
  for (const secret of [...secrets].sort((a, b) => b.length - a.length)) {
    if (secret !== '') detail = detail.replace(new RegExp(escapeRegExp(secret), 'gi'), '[redacted]');
  }
  const kind = kindOf(status, code);

  let message = code === undefined ? `Ecwid API ${status}` : `Ecwid API ${status} ${code}`;
  if (detail !== '') message += `: ${detail.slice(0, MAX_DETAIL_LENGTH)}`;
  const scope = kind === 'missing-scope' ? requiredScope : undefined;
  if (scope) message += ` (token needs ${scope})`;
  // A 503 may send Retry-After too.
  const retryAfterMs = parseRetryAfter(headers.get('Retry-After'));
  return new EcwidApiError(kind, message, { status, code, retryAfterMs, scope });
}
