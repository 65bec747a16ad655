/**
 * Runs `task` when a slot is free. A task whose signal aborted by its turn is dropped, taking no slot, and
 * rejects with the signal's reason; callers that must settle sooner race their own abort (the client does).
 */
export type RequestLimiter = <T>(task: () => Promise<T>, signal?: AbortSignal) => Promise<T>;

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
  // Ecwid allows 600 requests per minute per token.
  maxPerWindow = 600,
  windowMs = 60_000,
): RequestLimiter {
  const queue: (() => void)[] = [];
  let inFlight = 0;
  // Requests in flight plus those settled less than `windowMs` ago.
  let inWindow = 0;

  const pump = (): void => {
    while (queue[0] && inFlight < maxConcurrent && inWindow < maxPerWindow) queue.shift()!();
  };

  return <T>(task: () => Promise<T>, signal?: AbortSignal) =>
    new Promise<T>((resolve, reject) => {
      queue.push(() => {
        if (signal?.aborted) return reject(signal.reason);
        inFlight++;
        inWindow++;
        // An async function turns a synchronous throw into a rejection.
        (async () => task())()
          .then(resolve, reject)
          .finally(() => {
            inFlight--;
            // Unref'd in Node, so a request's window place never keeps a script alive.
            setTimeout(() => {
              inWindow--;
              pump();
            }, windowMs).unref?.();
            pump();
          });
      });
      pump();
    });
}
