import { isContactType, type ContactType } from './contactTypes';
import { invalidValue } from './ecwidApiError';
import { parseEcwidTimestamp } from './ecwidTimestamp';
import { isPositiveSafeInteger } from './positiveSafeInteger';

/** One contact of a customer, with the API's field names so Ecwid's JSON maps one to one. */
export interface CustomerContact {
  /** Positive integer. */
  id: number;
  /** An e-mail, phone number or link, exactly as sent. May be hostile: the UI must sanitise it. */
  contact: string;
  /** Social handle; absent when the API sent null or nothing. */
  handle?: string;
  /** The store owner's note; absent when the API sent null or nothing. */
  note?: string;
  /** One of the documented types; anything unknown becomes 'OTHER'. */
  type: ContactType;
  /** The type exactly as the API sent it. */
  rawType: string;
  default: boolean;
  orderBy: number;
  /** As the API sent it, e.g. "2025-03-26 11:07:12 +0000". */
  timestamp: string;
  /** `timestamp` parsed portably; null when it cannot be parsed. */
  createdAt: Date | null;
}

/** An 'invalid-response' naming the field (e.g. "items[2].id") and what it must be, never the value. */
export const invalidResponse = (field: string, expected: string) =>
  invalidValue(`Ecwid response${field && ` "${field}"`}`, expected, 'invalid-response');

const A_STRING = 'a string';
const isString = (value: unknown): value is string => typeof value === 'string';
const isOptionalString = (value: unknown): value is string | undefined =>
  value === undefined || isString(value);

/**
 * Validates one contact from Ecwid. `path` names the object in error messages (e.g. "items[2]").
 * Lenient where Ecwid's docs are loose (orderBy documented as boolean, null for absent values), strict
 * where a wrong value would mislead the UI.
 */
export function parseCustomerContactAt(json: unknown, path: string): CustomerContact {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw invalidResponse(path, 'a JSON object');
  }
  // Own fields only, so a polluted prototype supplies nothing; null reads as absent.
  function field<T>(key: string, expected: string, isValid: (value: unknown) => value is T, fallback?: T): T {
    const value =
      (Object.hasOwn(json as object, key) ? (json as Record<string, unknown>)[key] : null) ?? fallback;
    if (!isValid(value)) throw invalidResponse(path ? `${path}.${key}` : key, expected);
    return value;
  }

  const id = field('id', 'a positive integer', isPositiveSafeInteger);
  const contactValue = field('contact', A_STRING, isString);
  const rawType = field('type', A_STRING, isString);
  const isDefault = field(
    'default',
    'a boolean',
    (value): value is boolean => typeof value === 'boolean',
    false,
  );
  // Ecwid's reference types orderBy as boolean by mistake; every example sends 0, 1, 2 …
  const orderBy = field(
    'orderBy',
    'a number',
    (value): value is number | boolean => typeof value === 'boolean' || Number.isFinite(value),
    0,
  );
  const timestamp = field('timestamp', A_STRING, isString, '');
  const contact: CustomerContact = {
    id,
    contact: contactValue,
    type: isContactType(rawType) ? rawType : 'OTHER',
    rawType,
    default: isDefault,
    orderBy: Number(orderBy),
    timestamp,
    createdAt: parseEcwidTimestamp(timestamp),
  };
  for (const key of ['handle', 'note'] as const) {
    const value = field(key, A_STRING, isOptionalString);
    if (value !== undefined) contact[key] = value;
  }
  return contact;
}

/**
 * Turns untrusted JSON into a CustomerContact. Throws only EcwidApiError('invalid-response'), naming the
 * offending field; unknown extra fields are ignored and unknown types become 'OTHER'.
 */
export function parseCustomerContact(json: unknown): CustomerContact {
  return parseCustomerContactAt(json, '');
}
