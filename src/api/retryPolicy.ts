import { isEcwidApiError } from './ecwidApiError';

// The official Ecwid Java client's 429 policy.
const MAX_RATE_LIMIT_RETRIES = 2;
const DEFAULT_RETRY_AFTER_MS = 10_000;
const MAX_RETRY_AFTER_MS = 60_000;
// Transient failures (5xx, network, timeout).
const MAX_TRANSIENT_RETRIES = 3;
const BACKOFF_BASE_MS = 1000;
const BACKOFF_CAP_MS = 30_000;

/*
 * Shaped for React Query: `useQuery({ retry: shouldRetryEcwidError, retryDelay: ecwidRetryDelay })`.
 * Verified in @tanstack/query-core 5.108.4 (src/retryer.ts): on each failure both are called with the SAME
 * `failureCount`, the number of failures before this one, so it is 0 after the first failure; it is
 * incremented only after the retry decision. `failureCount < n` therefore allows exactly n retries, and
 * `ecwidRetryDelay(0, …)` is the wait before the first retry.
 */

/**
 * Whether to try again after `failureCount` earlier failures. No retry for a 4xx except 429 (at most 2,
 * none when Retry-After asks for more than 60 s); 5xx, network errors and timeouts at most 3; aborted
 * requests, bad responses, bad arguments and errors from outside this library never.
 */
export function shouldRetryEcwidError(failureCount: number, error: unknown): boolean {
  if (!isEcwidApiError(error)) return false;
  switch (error.kind) {
    case 'rate-limited':
      return (
        failureCount < MAX_RATE_LIMIT_RETRIES &&
        (error.retryAfterMs === undefined || error.retryAfterMs <= MAX_RETRY_AFTER_MS)
      );
    case 'server':
    case 'network':
    case 'timeout':
      return failureCount < MAX_TRANSIENT_RETRIES;
    case 'invalid-token':
    case 'missing-scope':
    case 'forbidden':
    case 'not-found':
    case 'bad-request':
    case 'payment-required':
    case 'aborted':
    case 'invalid-response':
    case 'invalid-argument':
      return false;
    default:
      return error.kind satisfies never;
  }
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
  const safeAttempt = Number.isFinite(attempt) && attempt > 0 ? Math.floor(attempt) : 0;
  const step = Math.min(BACKOFF_CAP_MS, BACKOFF_BASE_MS * 2 ** Math.min(safeAttempt, 30));
  return Math.round(step / 2 + Math.random() * (step / 2));
}
