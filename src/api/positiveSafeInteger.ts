/**
 * The one id check shared by every layer: Ecwid ids are positive integers, and only safe integers
 * survive the round trip through JSON and a URL path unchanged.
 */
export function isPositiveSafeInteger(value: unknown): value is number {
  // Number.isSafeInteger is false for anything but a number.
  return Number.isSafeInteger(value) && (value as number) > 0;
}
