// @vitest-environment node
import * as api from '../../src/api';
import {
  createEcwidClient,
  createEcwidClientFromPayload,
  isContactType,
  isEcwidApiError,
  isPositiveSafeInteger,
  parseCustomerContact,
  readEcwidPayloadFromLocation,
  shouldRetryEcwidWrite,
  EcwidApiError,
  type ContactType,
  type CreatedCustomerContact,
  type CustomerContact,
  type CustomerContactPatch,
  type EcwidScope,
  type EcwidWriteMethod,
  type NewCustomerContact,
  type EcwidApiErrorKind,
  type EcwidAppPayload,
  type EcwidClient,
  type EcwidClientFromPayload,
  type EcwidClientOptions,
  type RequestOptions,
} from '../../src/api';

describe('the public API of src/api', () => {
  test('exports exactly the contract names', () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        'CONTACT_TYPES',
        'DEFAULT_ECWID_API_BASE_URL',
        'EcwidApiError',
        'createEcwidClient',
        'createEcwidClientFromPayload',
        'ecwidRetryDelay',
        'isContactType',
        'isEcwidApiError',
        'isPositiveSafeInteger',
        'parseCustomerContact',
        'parseEcwidTimestamp',
        'readEcwidPayloadFromLocation',
        'shouldRetryEcwidError',
        'shouldRetryEcwidWrite',
      ].sort(),
    );
  });

  test('types match the cross-layer contract', () => {
    expectTypeOf(createEcwidClient).parameter(0).toEqualTypeOf<EcwidClientOptions>();
    expectTypeOf(createEcwidClient).returns.toEqualTypeOf<EcwidClient>();
    expectTypeOf<EcwidClientOptions['token']>().toEqualTypeOf<
      string | (() => string | Promise<string>) | undefined
    >();
    expectTypeOf<RequestOptions>().toEqualTypeOf<{ signal?: AbortSignal }>();
    expectTypeOf<EcwidClient['getCustomerContact']>().returns.toEqualTypeOf<Promise<CustomerContact>>();
    expectTypeOf<EcwidClient['listCustomerContacts']>().returns.toEqualTypeOf<Promise<CustomerContact[]>>();
    expectTypeOf<CustomerContact['type']>().toEqualTypeOf<ContactType>();
    expectTypeOf<CustomerContact['createdAt']>().toEqualTypeOf<Date | null>();
    expectTypeOf(parseCustomerContact).parameter(0).toBeUnknown();
    expectTypeOf<EcwidApiError['kind']>().toEqualTypeOf<EcwidApiErrorKind>();
    expectTypeOf<EcwidApiError['status']>().toEqualTypeOf<number | undefined>();
    expectTypeOf<EcwidAppPayload['store_id']>().toEqualTypeOf<number>();
    expectTypeOf(createEcwidClientFromPayload).returns.toHaveProperty('client').toEqualTypeOf<EcwidClient>();
    expectTypeOf(readEcwidPayloadFromLocation).returns.toEqualTypeOf<EcwidAppPayload>();
    expectTypeOf<EcwidClientFromPayload['appState']>().toEqualTypeOf<string | undefined>();
  });

  test('the write side matches the cross-layer contract', () => {
    expectTypeOf<NewCustomerContact>().toEqualTypeOf<{
      type: ContactType;
      contact: string;
      handle?: string;
      note?: string;
      default?: boolean;
      orderBy?: number;
    }>();
    expectTypeOf<Required<CustomerContactPatch>>().toEqualTypeOf<Required<NewCustomerContact>>();
    expectTypeOf<{ orderBy: number }>().toExtend<CustomerContactPatch>();
    expectTypeOf<Record<string, never>>().not.toExtend<CustomerContactPatch>();
    expectTypeOf<CreatedCustomerContact>().toEqualTypeOf<{ id?: number }>();
    expectTypeOf<EcwidWriteMethod>().toEqualTypeOf<'POST' | 'PUT' | 'DELETE'>();
    expectTypeOf<EcwidScope>().toEqualTypeOf<'read_customers' | 'create_customers' | 'update_customers'>();
    expectTypeOf<EcwidApiError['scope']>().toEqualTypeOf<EcwidScope | undefined>();
    expectTypeOf<'not-applied'>().toExtend<EcwidApiErrorKind>();
    expectTypeOf<EcwidClient['createCustomerContact']>().toEqualTypeOf<
      (
        params: { customerId: number },
        contact: NewCustomerContact,
        options?: RequestOptions,
      ) => Promise<CreatedCustomerContact>
    >();
    expectTypeOf<EcwidClient['updateCustomerContact']>().toEqualTypeOf<
      (
        params: { customerId: number; contactId: number },
        patch: CustomerContactPatch,
        options?: RequestOptions,
      ) => Promise<void>
    >();
    expectTypeOf<EcwidClient['deleteCustomerContact']>().toEqualTypeOf<
      (params: { customerId: number; contactId: number }, options?: RequestOptions) => Promise<void>
    >();
    expectTypeOf(shouldRetryEcwidWrite).toEqualTypeOf<
      (method: EcwidWriteMethod) => (failureCount: number, error: unknown) => boolean
    >();
  });

  test('type guards narrow', () => {
    const value: unknown = 'EMAIL';
    if (isContactType(value)) expectTypeOf(value).toEqualTypeOf<ContactType>();
    if (isPositiveSafeInteger(value)) expectTypeOf(value).toEqualTypeOf<number>();
    if (isEcwidApiError(value)) expectTypeOf(value).toEqualTypeOf<EcwidApiError>();
    expect(isContactType(value)).toBe(true);
  });

  test('isEcwidApiError knows its own errors, and a copy from another bundle', () => {
    expect(isEcwidApiError(new EcwidApiError('network', 'x'))).toBe(true);
    const foreign = Object.assign(new Error('x'), { name: 'EcwidApiError', kind: 'network' });
    expect(isEcwidApiError(foreign)).toBe(true);
    expect(isEcwidApiError(new Error('x'))).toBe(false);
    expect(isEcwidApiError({ name: 'EcwidApiError', kind: 'network' })).toBe(false);
  });

  test('isPositiveSafeInteger accepts only positive safe integers', () => {
    expect([1, 113861381, Number.MAX_SAFE_INTEGER].every(isPositiveSafeInteger)).toBe(true);
    expect([0, -1, 1.5, Number.NaN, 2 ** 53, '1', null, undefined, 1n].some(isPositiveSafeInteger)).toBe(
      false,
    );
  });

  test('an error reads well as a string and keeps its kind, not its message or cause, in JSON', () => {
    const error = new EcwidApiError('not-found', 'Ecwid API 404: Not Found.', {
      status: 404,
      cause: { token: 'secret_cause' },
    });
    expect(String(error)).toBe('EcwidApiError: Ecwid API 404: Not Found.');
    expect(error).toBeInstanceOf(Error);
    expect(JSON.parse(JSON.stringify(error))).toEqual({
      name: 'EcwidApiError',
      kind: 'not-found',
      status: 404,
    });
    expect(error.cause).toEqual({ token: 'secret_cause' });
  });
});
