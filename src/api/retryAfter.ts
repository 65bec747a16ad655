const SECONDS = /^\d+(?:\.\d+)?$/;
// IMF-fixdate, the HTTP date form: "Wed, 21 Oct 2015 07:28:00 GMT".
const HTTP_DATE = /^[A-Za-z]{3}, \d{2} [A-Za-z]{3} \d{4} \d{2}:\d{2}:\d{2} GMT$/;

/**
 * Reads a Retry-After header as milliseconds: delta-seconds (what Ecwid sends) or an HTTP date.
 * Undefined when absent or unreadable, so callers fall back to their own default.
 */
export function parseRetryAfter(header: string | null, now: number = Date.now()): number | undefined {
  if (header === null) return undefined;
  const value = header.trim();
  if (value === '') return undefined;
  if (SECONDS.test(value)) {
    const ms = Math.round(Number(value) * 1000);
    return Number.isFinite(ms) ? ms : undefined;
  }
  // IMF-fixdate is the one form every engine's Date.parse agrees on; anything looser is refused.
  if (!HTTP_DATE.test(value)) return undefined;
  const date = Date.parse(value);
  if (Number.isNaN(date)) return undefined;
  return Math.max(0, date - now);
}
