import { isContactType, type ContactType } from './contactTypes';
import { EcwidApiError, invalidArgument, invalidResponse } from './ecwidApiError';
import { isBoolean, isPlainObject, isPositiveSafeInteger, isString } from './validate';

/** A contact to create: `type` and `contact` are required, as Ecwid documents. */
export interface NewCustomerContact {
  type: ContactType;
  /** Non-empty after trimming; sent exactly as given. */
  contact: string;
  handle?: string;
  /** `""` clears a note on update. */
  note?: string;
  /** Ecwid keeps one default per type. */
  default?: boolean;
  /** A non-negative integer. */
  orderBy?: number;
}

/** The fields of a contact to change, at least one. Only these are sent: Ecwid updates partially. */
export type CustomerContactPatch = {
  [Field in keyof NewCustomerContact]-?: Required<Pick<NewCustomerContact, Field>> &
    Partial<NewCustomerContact>;
}[keyof NewCustomerContact];

/** Ecwid documents only `{ "createCount": 1 }`: `id` is there only when a response carries one. */
export interface CreatedCustomerContact {
  id?: number;
}

/** The count field of each write's answer. */
export type WriteCountField = 'createCount' | 'updateCount' | 'deleteCount';

interface FieldRule {
  isValid: (value: unknown) => boolean;
  /** Completes "<field> must be …". */
  expected: string;
}

function isNonBlankString(value: unknown): value is string {
  return isString(value) && value.trim() !== '';
}

function isNonNegativeSafeInteger(value: unknown): value is number {
  return typeof value === 'number' && Number.isSafeInteger(value) && value >= 0;
}

// The only fields a write sends: never id, timestamp, rawType or createdAt.
const FIELD_RULES: Record<keyof NewCustomerContact, FieldRule> = {
  type: { isValid: isContactType, expected: 'one of CONTACT_TYPES' },
  contact: { isValid: isNonBlankString, expected: 'a non-empty string' },
  handle: { isValid: isString, expected: 'a string' },
  note: { isValid: isString, expected: 'a string' },
  default: { isValid: isBoolean, expected: 'a boolean' },
  orderBy: { isValid: isNonNegativeSafeInteger, expected: 'a non-negative safe integer' },
};

function isContactField(key: string): key is keyof NewCustomerContact {
  return Object.hasOwn(FIELD_RULES, key);
}

/**
 * The fields of `input` checked one by one; a field whose value is undefined is left out, as JSON would.
 * Errors name the field, never its value: contacts and notes are personal data.
 */
function contactFields(input: unknown, argument: 'contact' | 'patch'): Record<string, unknown> {
  if (!isPlainObject(input)) throw invalidArgument(argument, 'an object');
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(input)) {
    // A typo such as `notes` would otherwise be dropped silently.
    if (!isContactField(key)) throw invalidArgument(key, 'left out: it is not a contact field');
    if (value === undefined) continue;
    const rule = FIELD_RULES[key];
    if (!rule.isValid(value)) throw invalidArgument(key, rule.expected);
    fields[key] = value;
  }
  return fields;
}

/** The body of a create: the caller's fields, checked, with `type` and `contact` present. */
export function newContactFields(contact: unknown): Record<string, unknown> {
  const fields = contactFields(contact, 'contact');
  for (const required of ['type', 'contact'] as const) {
    if (!Object.hasOwn(fields, required)) throw invalidArgument(required, FIELD_RULES[required].expected);
  }
  return fields;
}

/** The body of an update: the caller's fields, checked, at least one. */
export function contactPatchFields(patch: unknown): Record<string, unknown> {
  const fields = contactFields(patch, 'patch');
  if (Object.keys(fields).length === 0) throw invalidArgument('patch', 'at least one contact field');
  return fields;
}

/** The personal data among a body's fields, to keep out of error messages should Ecwid echo it. */
export function personalValuesOf(fields: Record<string, unknown>): string[] {
  return [fields.contact, fields.handle, fields.note].filter(isString);
}

/**
 * Checks a write's answer: a count of 0 is 'not-applied', an answer without the count is
 * 'invalid-response'.
 */
export function requireApplied(body: unknown, countField: WriteCountField): void {
  const count = isPlainObject(body) ? body[countField] : undefined;
  if (!isNonNegativeSafeInteger(count)) throw invalidResponse(countField);
  if (count === 0) throw new EcwidApiError('not-applied', `Ecwid applied nothing: ${countField} is 0`);
}

/** What a create resolves: the new id only when Ecwid's answer carries one. */
export function createdContactOf(body: unknown): CreatedCustomerContact {
  const id = isPlainObject(body) ? body.id : undefined;
  return isPositiveSafeInteger(id) ? { id } : {};
}
