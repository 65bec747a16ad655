import { EcwidApiError } from './ecwidApiError';

export interface RequestLimiterOptions {
  /** Most requests in flight at once. */
  maxConcurrent: number;
  /** Most requests counted in any rolling window (Ecwid: 600 per minute per token). */
  maxPerWindow?: number;
  windowMs?: number;
}

/** Runs `task` when a slot is free; a queued task whose signal aborts is dropped and rejects 'aborted'. */
export type RequestLimiter = <T>(task: () => Promise<T>, signal?: AbortSignal) => Promise<T>;

export const abortedError = (): EcwidApiError => new EcwidApiError('aborted', 'Aborted');

/**
 * Shares Ecwid's limits among one client's requests: at most `maxConcurrent` in flight and at most
 * `maxPerWindow` in any rolling `windowMs`, first come first served.
 *
 * A request counts against the window from the moment it starts until `windowMs` after it settles.
 * Ecwid sees it somewhere in between (after the token is resolved, after network latency), so
 * counting only the start would let a window at Ecwid's end hold a few more than the limit; with
 * this rule every request Ecwid sees in any `windowMs` span was counted at one common instant.
 */
export function createRequestLimiter({
  maxConcurrent,
  maxPerWindow = 600,
  windowMs = 60_000,
}: RequestLimiterOptions): RequestLimiter {
  const queue: (() => void)[] = [];
  let inFlight = 0;
  // Requests in flight plus those settled less than `windowMs` ago.
  let inWindow = 0;

  const pump = (): void => {
    while (queue.length > 0 && inFlight < maxConcurrent && inWindow < maxPerWindow) {
      inFlight += 1;
      inWindow += 1;
      queue.shift()!();
    }
  };

  return <T>(task: () => Promise<T>, signal?: AbortSignal) =>
    new Promise<T>((resolve, reject) => {
      const start = (): void => {
        signal?.removeEventListener('abort', onAbort);
        // The Promise constructor turns a synchronous throw into a rejection.
        new Promise<T>((run) => run(task())).then(resolve, reject).finally(() => {
          inFlight -= 1;
          // Unref'd in Node, so a request's window place never keeps a script alive.
          setTimeout(() => {
            inWindow -= 1;
            pump();
          }, windowMs).unref?.();
          pump();
        });
      };
      const onAbort = (): void => {
        const index = queue.indexOf(start);
        if (index >= 0) {
          queue.splice(index, 1);
          reject(abortedError());
        }
      };
      if (signal?.aborted) return reject(abortedError());
      signal?.addEventListener('abort', onAbort);
      queue.push(start);
      pump();
    });
}
