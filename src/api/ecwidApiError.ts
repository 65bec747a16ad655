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
  | 'invalid-argument';

export interface EcwidApiErrorDetails {
  /** HTTP status, when there was a response. */
  status?: number;
  /** Ecwid's `errorCode`, when the body carried one. */
  code?: string;
  /** For 'rate-limited': how long Retry-After asked us to wait. */
  retryAfterMs?: number;
  cause?: unknown;
}

/**
 * The only error the API layer throws. It never holds the access token or the request headers, so it is safe to
 * log, to show in a dev overlay and to serialise (`toJSON` lists exactly what goes out).
 */
export class EcwidApiError extends Error {
  override readonly name = 'EcwidApiError' as const;
  readonly kind: EcwidApiErrorKind;
  readonly status?: number;
  readonly code?: string;
  readonly retryAfterMs?: number;

  constructor(kind: EcwidApiErrorKind, message: string, details: EcwidApiErrorDetails = {}) {
    super(message, details.cause === undefined ? undefined : { cause: details.cause });
    this.kind = kind;
    if (details.status !== undefined) this.status = details.status;
    if (details.code !== undefined) this.code = details.code;
    if (details.retryAfterMs !== undefined) this.retryAfterMs = details.retryAfterMs;
  }

  // `cause` stays out: it may be a platform error whose own fields we do not control.
  toJSON(): {
    name: 'EcwidApiError';
    kind: EcwidApiErrorKind;
    message: string;
    status?: number;
    code?: string;
    retryAfterMs?: number;
  } {
    return {
      name: this.name,
      kind: this.kind,
      message: this.message,
      ...(this.status === undefined ? {} : { status: this.status }),
      ...(this.code === undefined ? {} : { code: this.code }),
      ...(this.retryAfterMs === undefined ? {} : { retryAfterMs: this.retryAfterMs }),
    };
  }
}

/** True for an EcwidApiError, also one from another copy of this library (bundled twice). */
export function isEcwidApiError(value: unknown): value is EcwidApiError {
  if (value instanceof EcwidApiError) return true;
  return (
    value instanceof Error &&
    value.name === 'EcwidApiError' &&
    typeof (value as { kind?: unknown }).kind === 'string'
  );
}
