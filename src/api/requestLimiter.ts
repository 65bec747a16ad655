import { isPlainObject } from './validate';

/**
 * Runs `task` when a slot is free. A task whose signal aborted by its turn is dropped, taking no slot, and
 * rejects with the signal's reason; callers that must settle sooner race their own abort (the client does).
 */
export type RequestLimiter = <T>(task: () => Promise<T>, signal?: AbortSignal) => Promise<T>;

/** Ecwid allows 600 requests per minute per token. */
const ECWID_REQUESTS_PER_WINDOW = 600;
const ECWID_RATE_WINDOW_MS = 60_000;

/** Starts `task`, turning a synchronous throw into a rejection like any other failure. */
function startTask<T>(task: () => Promise<T>): Promise<T> {
  try {
    return Promise.resolve(task());
  } catch (error) {
    return Promise.reject(error);
  }
}

/** Lets Node exit while a request's window place is still counted; browsers' timers are numbers. */
function unrefTimer(timer: unknown): void {
  if (isPlainObject(timer) && typeof timer.unref === 'function') timer.unref();
}

/**
 * Shares Ecwid's limits among one client's requests: at most `maxConcurrent` in flight and at most
 * `maxPerWindow` in any rolling `windowMs`, first come first served.
 *
 * A request counts against the window from the moment it starts until `windowMs` after it settles.
 * Ecwid sees it somewhere in between (after the token is resolved, after network latency), so
 * counting only the start would let a window at Ecwid's end hold a few more than the limit; with
 * this rule every request Ecwid sees in any `windowMs` span was counted at one common instant.
 */
export function createRequestLimiter(
  maxConcurrent: number,
  maxPerWindow = ECWID_REQUESTS_PER_WINDOW,
  windowMs = ECWID_RATE_WINDOW_MS,
): RequestLimiter {
  const waiting: (() => void)[] = [];
  let inFlight = 0;
  // Requests in flight plus those settled less than `windowMs` ago.
  let inWindow = 0;

  function startWaiting(): void {
    while (inFlight < maxConcurrent && inWindow < maxPerWindow) {
      const start = waiting.shift();
      if (start === undefined) return;
      start();
    }
  }

  function leaveWindow(): void {
    inWindow--;
    startWaiting();
  }

  function settle(): void {
    inFlight--;
    unrefTimer(setTimeout(leaveWindow, windowMs));
    startWaiting();
  }

  return <T>(task: () => Promise<T>, signal?: AbortSignal) =>
    new Promise<T>((resolve, reject) => {
      waiting.push(() => {
        if (signal?.aborted) {
          reject(signal.reason);
          return;
        }
        inFlight++;
        inWindow++;
        startTask(task).then(resolve, reject).finally(settle);
      });
      startWaiting();
    });
}
