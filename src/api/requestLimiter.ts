import { EcwidApiError } from './ecwidApiError';

/** The time source of a limiter; injectable so tests can move a minute forward without waiting for it. */
export interface LimiterClock {
  now(): number;
  setTimeout(callback: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface RequestLimiterOptions {
  /** Most requests in flight at once. */
  maxConcurrent: number;
  /** Most requests started in any rolling window (Ecwid: 600 per minute per token). */
  maxPerWindow?: number;
  windowMs?: number;
  clock?: LimiterClock;
}

export interface RequestLimiter {
  /** Runs `task` when a slot is free; a queued task whose signal aborts is dropped and rejects 'aborted'. */
  schedule<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T>;
  /** Requests running now (for tests and diagnostics). */
  readonly inFlight: number;
  /** Requests waiting for a slot. */
  readonly queued: number;
}

export const ECWID_REQUESTS_PER_MINUTE = 600;

const systemClock: LimiterClock = {
  now: () => Date.now(),
  setTimeout: (callback, ms) => globalThis.setTimeout(callback, ms),
  clearTimeout: (handle) => globalThis.clearTimeout(handle as ReturnType<typeof setTimeout>),
};

interface Waiting {
  start(): void;
}

export function abortedError(): EcwidApiError {
  return new EcwidApiError('aborted', 'The request to Ecwid was aborted by its AbortSignal.');
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
export function createRequestLimiter(options: RequestLimiterOptions): RequestLimiter {
  const { maxConcurrent, maxPerWindow = ECWID_REQUESTS_PER_MINUTE, windowMs = 60_000 } = options;
  const clock = options.clock ?? systemClock;
  const queue: Waiting[] = [];
  // When each settled request stops counting against the window, earliest first.
  const releases: number[] = [];
  let inFlight = 0;
  let timer: { handle: unknown } | undefined;

  function pump(): void {
    while (queue.length > 0 && inFlight < maxConcurrent) {
      const now = clock.now();
      while (releases.length > 0 && (releases[0] as number) <= now) releases.shift();
      if (inFlight + releases.length >= maxPerWindow) {
        // With nothing settled yet, the next settlement pumps again; no timer needed.
        if (timer === undefined && releases.length > 0) {
          const wait = (releases[0] as number) - now;
          const pending = { handle: undefined as unknown };
          timer = pending;
          pending.handle = clock.setTimeout(() => {
            timer = undefined;
            pump();
          }, wait);
        }
        return;
      }
      inFlight += 1;
      (queue.shift() as Waiting).start();
    }
  }

  function schedule<T>(task: () => Promise<T>, signal?: AbortSignal): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) {
        reject(abortedError());
        return;
      }
      const onAbort = (): void => {
        const index = queue.indexOf(waiting);
        if (index === -1) return;
        queue.splice(index, 1);
        reject(abortedError());
      };
      const waiting: Waiting = {
        start() {
          signal?.removeEventListener('abort', onAbort);
          let running: Promise<T>;
          try {
            running = task();
          } catch (error) {
            running = Promise.reject(error);
          }
          running.then(resolve, reject).finally(() => {
            inFlight -= 1;
            releases.push(clock.now() + windowMs);
            pump();
          });
        },
      };
      signal?.addEventListener('abort', onAbort, { once: true });
      queue.push(waiting);
      pump();
    });
  }

  return {
    schedule,
    get inFlight() {
      return inFlight;
    },
    get queued() {
      return queue.length;
    },
  };
}
