import { isContactType, type ContactType } from './contactTypes';
import { invalidResponse } from './ecwidApiError';
import { parseEcwidTimestamp } from './ecwidTimestamp';
import {
  isAbsent,
  isBoolean,
  isOptionalString,
  isPlainObject,
  isPositiveSafeInteger,
  isString,
} from './validate';

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

function isOptionalBoolean(value: unknown): value is boolean | null | undefined {
  return isAbsent(value) || isBoolean(value);
}

// Ecwid's reference types orderBy as boolean by mistake; every example sends 0, 1, 2 …
function isOrderBy(value: unknown): value is number | boolean | null | undefined {
  return isAbsent(value) || isBoolean(value) || Number.isFinite(value);
}

function orderByNumber(orderBy: number | boolean | null | undefined): number {
  if (isBoolean(orderBy)) return orderBy ? 1 : 0;
  return orderBy ?? 0;
}

/**
 * Validates one contact from Ecwid. `path` names the object in error messages ("items[2]", or "body" for
 * a single contact). Lenient where Ecwid's docs are loose (orderBy's type, null for absent values),
 * strict where a wrong value would mislead the UI.
 */
export function parseCustomerContactAt(json: unknown, path: string): CustomerContact {
  if (!isPlainObject(json)) throw invalidResponse(path);
  const fields = json;
  const fieldPath = (key: string): string => (path === 'body' ? key : `${path}.${key}`);

  /** The own field `key` if `isValid` accepts it: a polluted prototype supplies nothing. */
  function readField<T>(key: string, isValid: (value: unknown) => value is T): T {
    const value = Object.hasOwn(fields, key) ? fields[key] : undefined;
    if (!isValid(value)) throw invalidResponse(fieldPath(key));
    return value;
  }

  const id = readField('id', isPositiveSafeInteger);
  const contact = readField('contact', isString);
  const rawType = readField('type', isString);
  const handle = readField('handle', isOptionalString);
  const note = readField('note', isOptionalString);
  const isDefault = readField('default', isOptionalBoolean);
  const orderBy = readField('orderBy', isOrderBy);
  const timestamp = readField('timestamp', isOptionalString) ?? '';

  const parsed: CustomerContact = {
    id,
    contact,
    type: isContactType(rawType) ? rawType : 'OTHER',
    rawType,
    default: isDefault ?? false,
    orderBy: orderByNumber(orderBy),
    timestamp,
    createdAt: parseEcwidTimestamp(timestamp),
  };
  if (!isAbsent(handle)) parsed.handle = handle;
  if (!isAbsent(note)) parsed.note = note;
  return parsed;
}

/**
 * Turns untrusted JSON into a CustomerContact. Throws only EcwidApiError('invalid-response'), naming the
 * offending field; unknown extra fields are ignored and unknown types become 'OTHER'.
 */
export function parseCustomerContact(json: unknown): CustomerContact {
  return parseCustomerContactAt(json, 'body');
}
