import type { HttpResponse } from 'msw';
import { wrongParameter } from './contactLookup';
import { ECWID_CONTACT_TYPES, type EcwidErrorJson } from './ecwidJson';
import type { MockContactChanges, NewMockContact } from './mockStore';

/**
 * What the mock accepts in the JSON body of a create or an update. A field that is absent or null
 * keeps its value (null is how Ecwid's API layer reads "not given"); `id`, `timestamp` and unknown
 * keys are ignored; a field of the wrong type is 400 WRONG_PARAMETER naming it.
 */

type JsonObject = Record<string, unknown>;

const isValidField: Record<keyof NewMockContact, (value: unknown) => boolean> = {
  contact: (value) => typeof value === 'string' && value.trim() !== '',
  type: (value) => ECWID_CONTACT_TYPES.some((type) => type === value),
  handle: (value) => typeof value === 'string',
  note: (value) => typeof value === 'string',
  default: (value) => typeof value === 'boolean',
  orderBy: (value) => Number.isSafeInteger(value),
};

function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The parsed body, or undefined when it is not JSON at all. */
export async function readJsonBody(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    return undefined;
  }
}

/** The fields a body gives, each checked; absent and null fields are left out. */
export function parseContactChanges(body: unknown): MockContactChanges | HttpResponse<EcwidErrorJson> {
  if (!isJsonObject(body)) return wrongParameter('body');
  const invalid = Object.entries(isValidField).find(
    ([name, isValid]) => body[name] !== undefined && body[name] !== null && !isValid(body[name]),
  );
  if (invalid) return wrongParameter(invalid[0]);
  const changes: MockContactChanges = {};
  if (typeof body.contact === 'string') changes.contact = body.contact;
  if (typeof body.type === 'string') changes.type = body.type;
  if (typeof body.handle === 'string') changes.handle = body.handle;
  if (typeof body.note === 'string') changes.note = body.note;
  if (typeof body.default === 'boolean') changes.default = body.default;
  if (typeof body.orderBy === 'number') changes.orderBy = body.orderBy;
  return changes;
}

/** A create's fields: as an update's, and `contact` and `type` are required. */
export function parseNewContact(body: unknown): NewMockContact | HttpResponse<EcwidErrorJson> {
  const fields = parseContactChanges(body);
  if (fields instanceof Response) return fields;
  if (fields.contact === undefined) return wrongParameter('contact');
  if (fields.type === undefined) return wrongParameter('type');
  return { ...fields, contact: fields.contact, type: fields.type };
}
