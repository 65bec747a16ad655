import { isString } from './customerContact';
import { EcwidApiError, type EcwidApiErrorKind } from './ecwidApiError';

export interface ErrorResponse {
  status: number;
  statusText: string;
  headers: { get(name: string): string | null };
}

// Ecwid's codes first (it sends both with a 403), then the status. Ecwid has no 401, but a host's proxy
// may answer one for a missing or bad token.
const KINDS: Record<string, EcwidApiErrorKind> = {
  INVALID_API_TOKEN: 'invalid-token',
  INSUFFICIENT_APP_SCOPE: 'missing-scope',
  401: 'invalid-token',
  402: 'payment-required',
  403: 'forbidden',
  404: 'not-found',
  408: 'timeout',
  429: 'rate-limited',
};

/**
 * Maps a non-OK response to an EcwidApiError whose message is the status, Ecwid's errorCode and what Ecwid
 * said (or the status text when the body is empty, HTML or not Ecwid's shape), cut to 300 characters;
 * `secret` (the token) is redacted should the body echo it. `json` is the parsed body, undefined when it
 * was not JSON. `kind` says the rest: advice per kind lives in the README.
 */
export function ecwidErrorFromResponse(
  { status, statusText, headers }: ErrorResponse,
  json: unknown,
  secret?: string,
): EcwidApiError {
  // Object() so that null, numbers and strings read as having no fields.
  const { errorMessage, errorCode } = Object(json) as Record<string, unknown>;
  // Only something shaped like an Ecwid code reaches `code` and the message.
  const code = isString(errorCode) && /^[A-Z][A-Z\d_]{0,63}$/.test(errorCode) ? errorCode : undefined;
  let said = (isString(errorMessage) && errorMessage) || statusText;
  if (secret) said = said.replaceAll(secret, '[redacted]');

  const kind =
    KINDS[code!] ??
    KINDS[status] ??
    (status >= 500 ? 'server' : status >= 400 ? 'bad-request' : 'invalid-response');
  // Retry-After in delta-seconds, the form Ecwid sends (the HTTP-date form is not read); a 503 may send
  // one too. Headers.get has trimmed the value.
  const retryAfter = headers.get('Retry-After');
  const retryAfterMs = /^\d{1,9}(\.\d+)?$/.test(retryAfter!) ? Math.round(+retryAfter! * 1000) : undefined;

  return new EcwidApiError(
    kind,
    `Ecwid API ${status}${code ? ` ${code}` : ''}${said && `: ${said.slice(0, 300)}`}${
      kind === 'missing-scope' ? ' (token needs read_customers)' : ''
    }`,
    { status, code, retryAfterMs },
  );
}
