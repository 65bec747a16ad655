// @vitest-environment node
import fc from 'fast-check';
import { CONTACT_TYPES, EcwidApiError, parseCustomerContact, type CustomerContact } from '../../src/api';
import { seedContact as SEED } from '../mocks/mockStore';

function invalidResponseMessage(json: unknown): string {
  try {
    parseCustomerContact(json);
  } catch (error) {
    expect(error).toBeInstanceOf(EcwidApiError);
    expect(error).toMatchObject({ kind: 'invalid-response' });
    return (error as Error).message;
  }
  throw new Error('expected parseCustomerContact to throw');
}

describe('parseCustomerContact', () => {
  test("maps the seed's JSON one to one", () => {
    const expected: CustomerContact = {
      ...SEED,
      type: 'EMAIL',
      rawType: 'EMAIL',
      createdAt: new Date('2025-03-26T11:07:12.000Z'),
    };
    expect(parseCustomerContact(SEED)).toEqual(expected);
  });

  test('keeps handle and note, and drops them when null or absent', () => {
    const withBoth = parseCustomerContact({ ...SEED, type: 'FACEBOOK', handle: 'myshop_page', note: 'VIP' });
    expect(withBoth).toMatchObject({ handle: 'myshop_page', note: 'VIP', type: 'FACEBOOK' });
    const withNulls = parseCustomerContact({ ...SEED, handle: null, note: null });
    expect('handle' in withNulls).toBe(false);
    expect('note' in withNulls).toBe(false);
  });

  test.each(CONTACT_TYPES)('keeps the documented type %s', (type) => {
    expect(parseCustomerContact({ ...SEED, type })).toMatchObject({ type, rawType: type });
  });

  test.each(['SNAPCHAT', 'email', '', 'constructor', '__proto__'])(
    'an unknown type %j becomes OTHER',
    (type) => {
      expect(parseCustomerContact({ ...SEED, type })).toMatchObject({ type: 'OTHER', rawType: type });
    },
  );

  test('defaults: default false, orderBy 0, timestamp empty with createdAt null', () => {
    const contact = parseCustomerContact({ id: 1, contact: '+01231231231', type: 'PHONE' });
    expect(contact).toEqual({
      id: 1,
      contact: '+01231231231',
      type: 'PHONE',
      rawType: 'PHONE',
      default: false,
      orderBy: 0,
      timestamp: '',
      createdAt: null,
    });
  });

  test('null default, orderBy and timestamp read as absent', () => {
    expect(parseCustomerContact({ ...SEED, default: null, orderBy: null, timestamp: null })).toMatchObject({
      default: false,
      orderBy: 0,
      timestamp: '',
      createdAt: null,
    });
  });

  test('tolerates a boolean orderBy, as the docs mistype it', () => {
    expect(parseCustomerContact({ ...SEED, orderBy: true }).orderBy).toBe(1);
    expect(parseCustomerContact({ ...SEED, orderBy: false }).orderBy).toBe(0);
  });

  test('an unparseable timestamp keeps the text and gives createdAt null', () => {
    expect(parseCustomerContact({ ...SEED, timestamp: 'yesterday' })).toMatchObject({
      timestamp: 'yesterday',
      createdAt: null,
    });
  });

  test('ignores unknown extra fields', () => {
    const contact = parseCustomerContact({ ...SEED, extra: { nested: true }, customerId: 5 });
    expect(Object.keys(contact).sort()).toEqual(
      ['contact', 'createdAt', 'default', 'id', 'orderBy', 'rawType', 'timestamp', 'type'].sort(),
    );
  });

  test.each([
    ['id', { ...SEED, id: '113861381' }],
    ['id', { ...SEED, id: 0 }],
    ['id', { ...SEED, id: 1.5 }],
    ['id', { ...SEED, id: undefined }],
    ['contact', { ...SEED, contact: null }],
    ['contact', { ...SEED, contact: 5 }],
    ['type', { ...SEED, type: 3 }],
    ['type', { ...SEED, type: undefined }],
    ['default', { ...SEED, default: 'yes' }],
    ['orderBy', { ...SEED, orderBy: '1' }],
    ['orderBy', { ...SEED, orderBy: Number.NaN }],
    ['timestamp', { ...SEED, timestamp: 1711451232 }],
    ['handle', { ...SEED, handle: 5 }],
    ['note', { ...SEED, note: {} }],
  ])('a bad %s is invalid-response naming the field', (field, json) => {
    expect(invalidResponseMessage(json)).toContain(`"${field}"`);
  });

  test.each([null, undefined, 5, 'contact', [], [SEED], true])('%j is not a contact', (json) => {
    expect(invalidResponseMessage(json)).toContain('"body"');
  });

  test('does not read fields from the prototype', () => {
    const inherited = Object.create({ id: 1, contact: 'x', type: 'EMAIL' }) as object;
    expect(invalidResponseMessage(inherited)).toContain('"id"');
  });

  test('error messages leave out the offending value', () => {
    const message = invalidResponseMessage({ ...SEED, id: 'javascript:alert(1)' });
    expect(message).not.toContain('javascript');
  });
});

describe('parseCustomerContact with arbitrary input (property-based)', () => {
  function parsesOrThrowsEcwidApiError(json: unknown): void {
    try {
      const contact = parseCustomerContact(json);
      expect(contact.id).toBeGreaterThan(0);
      expect(CONTACT_TYPES).toContain(contact.type);
    } catch (error) {
      if (!(error instanceof EcwidApiError) || error.kind !== 'invalid-response') throw error;
    }
  }

  test('arbitrary JSON values throw nothing but EcwidApiError', () => {
    fc.assert(fc.property(fc.jsonValue(), parsesOrThrowsEcwidApiError), { numRuns: 4000 });
  });

  test('arbitrary values of any kind throw nothing but EcwidApiError', () => {
    fc.assert(fc.property(fc.anything({ withNullPrototype: true }), parsesOrThrowsEcwidApiError), {
      numRuns: 3000,
    });
  });

  const anyField = fc.oneof(
    fc.jsonValue(),
    fc.constant(undefined),
    fc.double(),
    fc.integer(),
    fc.string(),
    fc.boolean(),
  );
  const nearContact = fc.record(
    {
      id: fc.oneof(fc.integer({ min: 1 }), anyField),
      contact: fc.oneof(fc.string(), anyField),
      handle: fc.oneof(fc.string(), fc.constant(null), anyField),
      note: fc.oneof(fc.string(), fc.constant(null), anyField),
      type: fc.oneof(fc.constantFrom(...CONTACT_TYPES), fc.string(), anyField),
      default: fc.oneof(fc.boolean(), anyField),
      orderBy: fc.oneof(fc.integer(), fc.boolean(), anyField),
      timestamp: fc.oneof(fc.constant('2025-03-26 11:07:12 +0000'), fc.string(), anyField),
    },
    { requiredKeys: [] },
  );

  test('objects shaped near a contact throw nothing but EcwidApiError', () => {
    fc.assert(fc.property(nearContact, parsesOrThrowsEcwidApiError), { numRuns: 4000 });
  });

  test('well-formed contacts always parse, keeping every field', () => {
    const wellFormed = fc.record({
      id: fc.integer({ min: 1, max: Number.MAX_SAFE_INTEGER }),
      contact: fc.string(),
      type: fc.string(),
      default: fc.boolean(),
      orderBy: fc.integer(),
      timestamp: fc.string(),
    });
    fc.assert(
      fc.property(wellFormed, (json) => {
        const contact = parseCustomerContact(json);
        expect(contact).toMatchObject({
          id: json.id,
          contact: json.contact,
          rawType: json.type,
          default: json.default,
          orderBy: json.orderBy,
          timestamp: json.timestamp,
        });
        expect(contact.type).toBe(CONTACT_TYPES.includes(json.type as never) ? json.type : 'OTHER');
      }),
      { numRuns: 1000 },
    );
  });
});
