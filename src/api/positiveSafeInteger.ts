import { invalidValue } from './ecwidApiError';

/**
 * The one id check shared by every layer: Ecwid ids are positive integers, and only safe integers
 * survive the round trip through JSON and a URL path unchanged.
 */
export function isPositiveSafeInteger(value: unknown): value is number {
  // Number.isSafeInteger is false for anything but a number.
  return Number.isSafeInteger(value) && (value as number) > 0;
}

/** `value` if it is a positive safe integer; otherwise an 'invalid-argument' naming `name`. */
export function positiveSafeInteger(name: string, value: unknown): number {
  if (!isPositiveSafeInteger(value)) throw invalidValue(name, 'a positive safe integer');
  return value;
}
