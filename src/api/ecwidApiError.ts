import type { EcwidScope } from './ecwidScope';

/**
 * Every way a call to Ecwid can fail, as one closed set: callers switch on `kind` (exhaustively) instead of
 * parsing messages or status codes.
 */
export type EcwidApiErrorKind =
  | 'invalid-token'
  | 'missing-scope'
  | 'forbidden'
  | 'not-found'
  | 'rate-limited'
  | 'bad-request'
  | 'payment-required'
  | 'server'
  | 'timeout'
  | 'network'
  | 'aborted'
  | 'invalid-response'
  | 'invalid-argument'
  /** A write Ecwid answered with a count of 0: nothing was created, updated or deleted. */
  | 'not-applied';

export interface EcwidApiErrorDetails {
  /** HTTP status, when there was a response. */
  status?: number;
  /** Ecwid's `errorCode`, when the body carried one. */
  code?: string;
  /** For 'rate-limited': how long Retry-After asked us to wait. */
  retryAfterMs?: number;
  /** For 'missing-scope': the scope the token lacks for this request. */
  scope?: EcwidScope;
  cause?: unknown;
}

/**
 * The only error the API layer throws. It never holds the access token or the request headers, so it is safe to
 * log, to show in a dev overlay and to serialise.
 *
 * `JSON.stringify(error)` lists the own enumerable fields: name, kind, status, code, retryAfterMs and scope. The
 * message and the cause are not enumerable, so they stay out: the cause may be a host's or platform's
 * error whose fields we do not control.
 */
export class EcwidApiError extends Error {
  override readonly name = 'EcwidApiError' as const;
  declare readonly kind: EcwidApiErrorKind;
  declare readonly status?: number;
  declare readonly code?: string;
  declare readonly retryAfterMs?: number;
  declare readonly scope?: EcwidScope;

  constructor(kind: EcwidApiErrorKind, message: string, details: EcwidApiErrorDetails = {}) {
    // `details` doubles as the ErrorOptions: Error installs its `cause` as a non-enumerable own property,
    // which Object.assign then overwrites in place, keeping it non-enumerable.
    super(message, details);
    Object.assign(this, details, { kind });
  }
}

/** True for an EcwidApiError, also one from another copy of this library (bundled twice). */
export function isEcwidApiError(value: unknown): value is EcwidApiError {
  return (
    value instanceof Error &&
    value.name === 'EcwidApiError' &&
    typeof (value as { kind?: unknown }).kind === 'string'
  );
}

/** The error for an argument that is not what it must be. It names the argument, never its value: untrusted or secret. */
export function invalidArgument(field: string, expected: string): EcwidApiError {
  return new EcwidApiError('invalid-argument', `${field} must be ${expected}`);
}

/** The error for a response field (e.g. "items[2].id") that is not what Ecwid documents. It names the field, never its value. */
export function invalidResponse(field: string): EcwidApiError {
  return new EcwidApiError('invalid-response', `Ecwid response: bad "${field}"`);
}
