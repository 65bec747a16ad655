import { invalidArgument } from './ecwidApiError';

// The checks the API layer shares. `require…` return the value or throw an 'invalid-argument' naming
// the argument, never its value.

/** The characters a header value may hold without fetch rejecting it (printable ASCII, no space). */
const HEADER_SAFE_TOKEN = /^[\x21-\x7e]+$/;

export function isString(value: unknown): value is string {
  return typeof value === 'string';
}

export function isBoolean(value: unknown): value is boolean {
  return typeof value === 'boolean';
}

/** Null or undefined: Ecwid sends null for an empty field. */
export function isAbsent(value: unknown): value is null | undefined {
  return value === null || value === undefined;
}

export function isOptionalString(value: unknown): value is string | null | undefined {
  return isAbsent(value) || isString(value);
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * The one id check shared by every layer: Ecwid ids are positive integers, and only safe integers
 * survive the round trip through JSON and a URL path unchanged.
 */
export function isPositiveSafeInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value > 0;
}

export function requirePositiveSafeInteger(name: string, value: unknown): number {
  if (!isPositiveSafeInteger(value)) throw invalidArgument(name, 'a positive safe integer');
  return value;
}

/**
 * `value` if it can go into the Authorization header. Anything else would make fetch throw a TypeError
 * quoting the value, so the error names only the rule.
 */
export function requireHeaderSafeToken(value: unknown, name = 'token'): string {
  if (!isString(value) || !HEADER_SAFE_TOKEN.test(value)) throw invalidArgument(name, 'printable ASCII');
  return value;
}
