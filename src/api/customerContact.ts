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

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

function invalid(path: string, expected: string, value: unknown): EcwidApiError {
  // The value itself is left out: it is untrusted and may be huge.
  return new EcwidApiError(
    'invalid-response',
    `Ecwid returned a customer contact whose "${path}" is not ${expected} (got ${describe(value)}).`,
  );
}

function ownField(record: object, key: string): unknown {
  return Object.hasOwn(record, key) ? (record as Record<string, unknown>)[key] : undefined;
}

function optionalString(record: object, key: string, prefix: string): string | undefined {
  const value = ownField(record, key);
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw invalid(prefix + key, 'a string or null', value);
  return value;
}

/**
 * Validates one contact from Ecwid. `path` names the object in error messages (e.g. "items[2]").
 * Lenient where Ecwid's docs are loose (orderBy documented as boolean, null for absent values), strict
 * where a wrong value would mislead the UI.
 */
export function parseCustomerContactAt(json: unknown, path: string): CustomerContact {
  const prefix = path === '' ? '' : `${path}.`;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new EcwidApiError(
      'invalid-response',
      `Ecwid returned ${path === '' ? 'a customer contact' : `"${path}"`} that is not a JSON object (got ${describe(json)}).`,
    );
  }

  const id = ownField(json, 'id');
  if (!isPositiveSafeInteger(id)) throw invalid(prefix + 'id', 'a positive integer', id);

  const contact = ownField(json, 'contact');
  if (typeof contact !== 'string') throw invalid(prefix + 'contact', 'a string', contact);

  const rawType = ownField(json, 'type');
  if (typeof rawType !== 'string') throw invalid(prefix + 'type', 'a string', rawType);

  const isDefault = ownField(json, 'default') ?? false;
  if (typeof isDefault !== 'boolean') throw invalid(prefix + 'default', 'a boolean', isDefault);

  // Ecwid's reference types orderBy as boolean by mistake; every example sends 0, 1, 2 …
  const rawOrderBy = ownField(json, 'orderBy') ?? 0;
  let orderBy: number;
  if (typeof rawOrderBy === 'boolean') orderBy = rawOrderBy ? 1 : 0;
  else if (typeof rawOrderBy === 'number' && Number.isFinite(rawOrderBy)) orderBy = rawOrderBy;
  else throw invalid(prefix + 'orderBy', 'a finite number', rawOrderBy);

  const timestamp = ownField(json, 'timestamp') ?? '';
  if (typeof timestamp !== 'string') throw invalid(prefix + 'timestamp', 'a string', timestamp);

  const handle = optionalString(json, 'handle', prefix);
  const note = optionalString(json, 'note', prefix);

  return {
    id,
    contact,
    ...(handle === undefined ? {} : { handle }),
    ...(note === undefined ? {} : { note }),
    type: isContactType(rawType) ? rawType : 'OTHER',
    rawType,
    default: isDefault,
    orderBy,
    timestamp,
    createdAt: parseEcwidTimestamp(timestamp),
  };
}

/**
 * Turns untrusted JSON into a CustomerContact. Throws only EcwidApiError('invalid-response'), naming the
 * offending field; unknown extra fields are ignored and unknown types become 'OTHER'.
 */
export function parseCustomerContact(json: unknown): CustomerContact {
  return parseCustomerContactAt(json, '');
}
