// @vitest-environment node
import { http, HttpResponse } from 'msw';
import {
  createEcwidClientFromPayload,
  EcwidApiError,
  readEcwidPayloadFromLocation,
  type EcwidAppPayload,
} from '../../src/api';
import { server } from '../mocks/server';
import { expectNoSecret } from './tokenLeak';

const TOKEN = 'secret_payloadtoken123';
const PAYLOAD = { store_id: 1003, lang: 'en', access_token: TOKEN, view_mode: 'PAGE' };

// What the message names: the fragment that is not hex JSON, or the payload that is missing.
const HEX_JSON = /URL fragment/;
const NO_PAYLOAD = /^payload\b/;

const toHex = (text: string): string =>
  Array.from(new TextEncoder().encode(text), (byte) => byte.toString(16).padStart(2, '0')).join('');

function thrownBy(run: () => unknown): EcwidApiError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(EcwidApiError);
    return error as EcwidApiError;
  }
  throw new Error('expected a throw');
}

describe('createEcwidClientFromPayload', () => {
  test('returns a client for the payload store that sends the payload token', async () => {
    let authorization: string | null = null;
    server.use(
      http.get('https://app.ecwid.com/api/v3/1003/customers/5/contacts', ({ request }) => {
        authorization = request.headers.get('Authorization');
        return HttpResponse.json({ items: [] });
      }),
    );
    const result = createEcwidClientFromPayload(PAYLOAD);
    expect(result).toMatchObject({ storeId: 1003, locale: 'en', viewMode: 'PAGE' });
    expect(result.client.storeId).toBe(1003);
    await result.client.listCustomerContacts({ customerId: 5 });
    expect(authorization).toBe(`Bearer ${TOKEN}`);
    expect(JSON.stringify(result)).not.toContain(TOKEN);
  });

  test('returns the app state the payload carried, and undefined when it carried none or no string', () => {
    expect(createEcwidClientFromPayload({ ...PAYLOAD, app_state: '177737165' }).appState).toBe('177737165');
    expect(createEcwidClientFromPayload({ ...PAYLOAD, app_state: '' }).appState).toBe('');
    expect(createEcwidClientFromPayload(PAYLOAD).appState).toBeUndefined();
    for (const app_state of [5, null, { customerId: 1 }]) {
      expect(createEcwidClientFromPayload({ ...PAYLOAD, app_state }).appState).toBeUndefined();
    }
    const fromFragment = readEcwidPayloadFromLocation(
      toHex(JSON.stringify({ ...PAYLOAD, app_state: 'café' })),
    );
    expect(createEcwidClientFromPayload(fromFragment).appState).toBe('café');
  });

  test('defaults the locale to en and leaves an unknown view mode undefined', () => {
    const result = createEcwidClientFromPayload({
      store_id: 7,
      access_token: TOKEN,
      view_mode: 'FULLSCREEN',
    });
    expect(result.locale).toBe('en');
    expect(result.viewMode).toBeUndefined();
    for (const view_mode of [1, ['PAGE'], null]) {
      expect(createEcwidClientFromPayload({ ...PAYLOAD, view_mode }).viewMode).toBeUndefined();
    }
    expect(createEcwidClientFromPayload({ ...PAYLOAD, lang: 'de', view_mode: 'INLINE' })).toMatchObject({
      locale: 'de',
      viewMode: 'INLINE',
    });
  });

  test('passes client options such as baseUrl and fetch through', async () => {
    const fetchSpy = vi.fn<typeof fetch>(async () => Response.json({ items: [] }));
    const { client } = createEcwidClientFromPayload(PAYLOAD, {
      baseUrl: 'https://proxy.example/api',
      fetch: fetchSpy,
    });
    await client.listCustomerContacts({ customerId: 9 });
    expect(fetchSpy.mock.calls[0]?.[0]).toBe('https://proxy.example/api/1003/customers/9/contacts');
  });

  test.each([undefined, null])(
    'a missing payload (%s) says to open the app from the admin, or decrypt it on the server',
    (payload) => {
      const error = thrownBy(() => createEcwidClientFromPayload(payload));
      expect(error.kind).toBe('invalid-argument');
      expect(error.message).toMatch(NO_PAYLOAD);
    },
  );

  test.each([
    ['store_id', { ...PAYLOAD, store_id: '1003' }],
    ['store_id', { ...PAYLOAD, store_id: 0 }],
    ['store_id', { lang: 'en', access_token: TOKEN }],
    ['access_token', { ...PAYLOAD, access_token: '' }],
    ['access_token', { ...PAYLOAD, access_token: 12345 }],
    ['access_token', { store_id: 1003, lang: 'en' }],
    ['lang', { ...PAYLOAD, lang: 5 }],
    ['store_id', 'a string'],
    ['store_id', [PAYLOAD]],
    ['store_id', 1003],
  ])('an invalid %s is a clear invalid-argument without the token', (field, payload) => {
    const error = thrownBy(() => createEcwidClientFromPayload(payload));
    expect(error.kind).toBe('invalid-argument');
    expect(error.message).toContain(field);
    expectNoSecret(error, TOKEN);
  });
});

describe('readEcwidPayloadFromLocation', () => {
  test('decodes the hex-encoded JSON in the fragment of a location', () => {
    const payload: EcwidAppPayload = readEcwidPayloadFromLocation({
      hash: `#${toHex(JSON.stringify(PAYLOAD))}`,
    });
    expect(payload).toEqual(PAYLOAD);
  });

  test('accepts a fragment string, a full URL, upper-case hex and non-ASCII text', () => {
    const hex = toHex(JSON.stringify({ ...PAYLOAD, app_state: 'café ✓' }));
    expect(readEcwidPayloadFromLocation(hex.toUpperCase()).app_state).toBe('café ✓');
    expect(readEcwidPayloadFromLocation(`#${hex}`).store_id).toBe(1003);
    expect(readEcwidPayloadFromLocation(`https://app.example/?a=1#${hex}`).access_token).toBe(TOKEN);
  });

  test('feeds createEcwidClientFromPayload', () => {
    const result = createEcwidClientFromPayload(
      readEcwidPayloadFromLocation({ hash: `#${toHex(JSON.stringify(PAYLOAD))}` }),
    );
    expect(result.storeId).toBe(1003);
  });

  test.each([
    ['an empty fragment', { hash: '' }, NO_PAYLOAD],
    ['a bare #', '#', NO_PAYLOAD],
    ['odd-length hex', `#${toHex(JSON.stringify(PAYLOAD)).slice(1)}`, HEX_JSON],
    // Odd length, though the pairs before the last character decode to JSON.
    ['a stray last character', `#${toHex('{"store_id":1003,"access_token":"t"')}}`, HEX_JSON],
    ['non-hex characters', `#${toHex(JSON.stringify(PAYLOAD)).replace(/^../, 'zz')}`, HEX_JSON],
    ['bytes that are not UTF-8', '#ff', HEX_JSON],
    ['text that is not JSON', `#${toHex(`{"access_token":"${TOKEN}"`)}`, HEX_JSON],
    ['JSON null', `#${toHex('null')}`, NO_PAYLOAD],
    ['JSON without store_id', `#${toHex(JSON.stringify({ access_token: TOKEN }))}`, /store_id/],
    ['JSON without access_token', `#${toHex(JSON.stringify({ store_id: 1003 }))}`, /access_token/],
    ['a JSON array', `#${toHex(JSON.stringify([TOKEN]))}`, /store_id/],
  ])('rejects %s with a clear invalid-argument that never echoes the token', (_name, location, message) => {
    const error = thrownBy(() => readEcwidPayloadFromLocation(location));
    expect(error.kind).toBe('invalid-argument');
    expect(error.message).toMatch(message);
    expectNoSecret(error, TOKEN);
  });

  test('rejects something that is not a location', () => {
    const error = thrownBy(() => readEcwidPayloadFromLocation(undefined as unknown as string));
    expect(error.kind).toBe('invalid-argument');
  });
});
