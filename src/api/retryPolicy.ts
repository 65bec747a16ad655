import { isEcwidApiError } from './ecwidApiError';

/*
 * Shaped for React Query: `useQuery({ retry: shouldRetryEcwidError, retryDelay: ecwidRetryDelay })`.
 * Verified in @tanstack/query-core 5.108.4 (src/retryer.ts): on each failure both are called with the SAME
 * `failureCount`, the number of failures before this one, so it is 0 after the first failure; it is
 * incremented only after the retry decision. `failureCount < n` therefore allows exactly n retries, and
 * `ecwidRetryDelay(0, …)` is the wait before the first retry.
 */

/**
 * Whether to try again after `failureCount` earlier failures. A 429 at most twice, and never when
 * Retry-After asks for more than 60 s (the official Ecwid Java client's policy); 5xx, network errors and
 * timeouts at most 3 times; any other 4xx, aborted requests, bad responses, bad arguments and errors from
 * outside this library never.
 */
export function shouldRetryEcwidError(failureCount: number, error: unknown): boolean {
  if (!isEcwidApiError(error)) return false;
  // An absent Retry-After (undefined) compares false.
  if (error.kind === 'rate-limited') return failureCount < 2 && !((error.retryAfterMs as number) > 60_000);
  return /^(server|network|timeout)$/.test(error.kind) && failureCount < 3;
}

/**
 * Milliseconds to wait before the next try, `attempt` being the number of earlier failures (0 before the
 * first retry, as React Query passes it). A 429 waits Retry-After (10 s when absent); anything else backs
 * off exponentially from 1 s, capped at 30 s, with "equal jitter" (between half and all of the step) so a
 * crowd of clients does not retry in lockstep yet never retries at once.
 */
export function ecwidRetryDelay(attempt: number, error: unknown): number {
  if (isEcwidApiError(error) && error.kind === 'rate-limited') return error.retryAfterMs ?? 10_000;
  // `attempt > 0` is false for NaN and negatives: they wait the first step.
  const step = attempt > 0 ? Math.min(30_000, 1000 * 2 ** attempt) : 1000;
  return Math.round((step / 2) * (1 + Math.random()));
}
