import { isContactType, type ContactType } from './contactTypes';
import { EcwidApiError } from './ecwidApiError';
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

/** An 'invalid-response' naming the field (e.g. "items[2].id"), never its value. */
export const invalidResponse = (field: string) =>
  new EcwidApiError('invalid-response', `Ecwid response: bad "${field}"`);

export const isString = (value: unknown): value is string => typeof value === 'string';
const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean';
/** The check for a field that may be absent: null reads as absent, as Ecwid sends it for empty fields. */
const orAbsent =
  (isValid: (value: unknown) => boolean) =>
  (value: unknown): boolean =>
    value == null || isValid(value);
export const isOptionalString = orAbsent(isString);

// Lenient where Ecwid's docs are loose (orderBy's type, null for absent values), strict where a wrong
// value would mislead the UI.
const FIELDS = {
  id: isPositiveSafeInteger,
  contact: isString,
  type: isString,
  handle: isOptionalString,
  note: isOptionalString,
  default: orAbsent(isBoolean),
  // Ecwid's reference types orderBy as boolean by mistake; every example sends 0, 1, 2 …
  orderBy: orAbsent((value) => isBoolean(value) || Number.isFinite(value)),
  timestamp: isOptionalString,
};

/**
 * Validates one contact from Ecwid. `path` names the object in error messages ("items[2]", or "body" for
 * a single contact).
 */
export function parseCustomerContactAt(json: unknown, path: string): CustomerContact {
  // Object(json) is json itself only for objects (arrays included, hence the second test).
  if (Object(json) !== json || Array.isArray(json)) throw invalidResponse(path);
  // Own fields only (the copy has no prototype), so a polluted prototype supplies nothing.
  const fields = { __proto__: null, ...(json as object) } as Record<string, unknown>;
  for (const [key, isValid] of Object.entries(FIELDS)) {
    if (!isValid(fields[key])) throw invalidResponse(path === 'body' ? key : `${path}.${key}`);
  }
  const { id, contact, type, handle, note, default: isDefault, orderBy, timestamp } = fields;
  const parsed: CustomerContact = {
    id: id as number,
    contact: contact as string,
    type: isContactType(type) ? type : 'OTHER',
    rawType: type as string,
    // Both are valid or nullish here: nullish becomes false and 0.
    default: !!isDefault,
    orderBy: Number(orderBy) || 0,
    timestamp: (timestamp as string | undefined) ?? '',
    // parseEcwidTimestamp reads null and undefined as text that is no timestamp.
    createdAt: parseEcwidTimestamp(timestamp as string),
  };
  if (handle != null) parsed.handle = handle as string;
  if (note != null) parsed.note = note as string;
  return parsed;
}

/**
 * Turns untrusted JSON into a CustomerContact. Throws only EcwidApiError('invalid-response'), naming the
 * offending field; unknown extra fields are ignored and unknown types become 'OTHER'.
 */
export function parseCustomerContact(json: unknown): CustomerContact {
  return parseCustomerContactAt(json, 'body');
}
