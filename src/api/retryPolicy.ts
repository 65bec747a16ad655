import { invalidArgument, isEcwidApiError, type EcwidApiError } from './ecwidApiError';
import type { EcwidWriteMethod } from './ecwidScope';

// Shaped for React Query: `useQuery({ retry: shouldRetryEcwidError, retryDelay: ecwidRetryDelay })`.
// React Query (query-core 5.108.4, retryer.ts) passes both the number of failures before this one: 0
// after the first failure. So `failureCount < n` allows exactly n retries.

/** The official Ecwid Java client's policy for a 429: at most twice, never past a 60 s Retry-After. */
const MAX_RATE_LIMIT_RETRIES = 2;
const MAX_RETRY_AFTER_MS = 60_000;
/** The wait for a 429 without Retry-After, as the Java client does. */
const DEFAULT_RETRY_AFTER_MS = 10_000;
/** For 5xx, network failures and timeouts. */
const MAX_TRANSIENT_RETRIES = 3;
const FIRST_BACKOFF_MS = 1000;
const MAX_BACKOFF_MS = 30_000;

/** How an error may be retried: as a 429, as a failure that may pass, or not at all. */
type RetryClass = 'rate-limited' | 'transient' | 'final';

function retryClassOf(error: EcwidApiError): RetryClass {
  switch (error.kind) {
    case 'rate-limited':
      return 'rate-limited';
    case 'server':
    case 'network':
    case 'timeout':
      return 'transient';
    case 'invalid-token':
    case 'missing-scope':
    case 'forbidden':
    case 'not-found':
    case 'bad-request':
    case 'payment-required':
    case 'aborted':
    case 'invalid-response':
    case 'invalid-argument':
    case 'not-applied':
      return 'final';
    default:
      // A kind this copy does not know comes from another copy of the library (bundled twice).
      error.kind satisfies never;
      return 'final';
  }
}

function mayRetryRateLimit(failureCount: number, error: EcwidApiError): boolean {
  const retryAfterMs = error.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
  return failureCount < MAX_RATE_LIMIT_RETRIES && retryAfterMs <= MAX_RETRY_AFTER_MS;
}

/**
 * Whether to try again after `failureCount` earlier failures. A 429 at most twice, and never when
 * Retry-After asks for more than 60 s; 5xx, network errors and timeouts at most 3 times; any other 4xx,
 * aborted requests, bad responses, bad arguments and errors from outside this library never.
 */
export function shouldRetryEcwidError(failureCount: number, error: unknown): boolean {
  if (!isEcwidApiError(error)) return false;
  switch (retryClassOf(error)) {
    case 'rate-limited':
      return mayRetryRateLimit(failureCount, error);
    case 'transient':
      return failureCount < MAX_TRANSIENT_RETRIES;
    case 'final':
      return false;
  }
}

/** The exponential step for `attempt`: 1 s, 2 s, 4 s … capped at 30 s; NaN and negatives wait the first. */
function backoffStepMs(attempt: number): number {
  if (Number.isNaN(attempt) || attempt <= 0) return FIRST_BACKOFF_MS;
  return Math.min(MAX_BACKOFF_MS, FIRST_BACKOFF_MS * 2 ** attempt);
}

/**
 * Milliseconds to wait before the next try, `attempt` being the number of earlier failures (0 before the
 * first retry, as React Query passes it). A 429 waits Retry-After (10 s when absent); anything else backs
 * off exponentially from 1 s, capped at 30 s, with "equal jitter" (between half and all of the step) so a
 * crowd of clients does not retry in lockstep yet never retries at once.
 */
export function ecwidRetryDelay(attempt: number, error: unknown): number {
  if (isEcwidApiError(error) && error.kind === 'rate-limited') {
    return error.retryAfterMs ?? DEFAULT_RETRY_AFTER_MS;
  }
  const step = backoffStepMs(attempt);
  return Math.round((step / 2) * (1 + Math.random()));
}

/** Whether repeating `method` cannot apply it twice: PUT and DELETE land on the same state again. */
function isIdempotent(method: EcwidWriteMethod): boolean {
  switch (method) {
    case 'POST':
      return false;
    case 'PUT':
    case 'DELETE':
      return true;
    default:
      method satisfies never;
      throw invalidArgument('method', "'POST', 'PUT' or 'DELETE'");
  }
}

/**
 * React Query's `retry` for a write: a write is never repeated after the server may have applied it.
 * A 429 (Ecwid rejected it unprocessed) is retried for every method, with the limits of
 * shouldRetryEcwidError; a 5xx, timeout or network failure only for PUT and DELETE, never for POST.
 */
export function shouldRetryEcwidWrite(
  method: EcwidWriteMethod,
): (failureCount: number, error: unknown) => boolean {
  const repeatable = isIdempotent(method);
  return (failureCount, error) => {
    if (!isEcwidApiError(error)) return false;
    switch (retryClassOf(error)) {
      case 'rate-limited':
        return mayRetryRateLimit(failureCount, error);
      case 'transient':
        return repeatable && failureCount < MAX_TRANSIENT_RETRIES;
      case 'final':
        return false;
    }
  };
}
