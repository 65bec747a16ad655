import { EcwidApiError } from './ecwidApiError';
import { isPositiveSafeInteger } from './positiveSafeInteger';

export type EcwidAppViewMode = 'PAGE' | 'POPUP' | 'INLINE';

/** What the Ecwid admin hands a native app iframe (`EcwidApp.getPayload()` or the URL fragment). */
export interface EcwidAppPayload {
  store_id: number;
  access_token: string;
  /** The admin's language, e.g. "en"; "en" when absent. */
  lang: string;
  view_mode?: EcwidAppViewMode;
  public_token?: string;
  app_state?: string;
}

const VIEW_MODES: ReadonlySet<string> = new Set<EcwidAppViewMode>(['PAGE', 'POPUP', 'INLINE']);

function invalidPayload(problem: string): EcwidApiError {
  return new EcwidApiError('invalid-argument', `The Ecwid app payload is invalid: ${problem}`);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value;
}

/**
 * Validates an app payload. Errors name the field and the type found, never a value: the payload holds
 * the store's secret token.
 */
export function parseEcwidAppPayload(payload: unknown): EcwidAppPayload {
  if (payload === undefined || payload === null) {
    throw new EcwidApiError(
      'invalid-argument',
      'There is no Ecwid app payload. Open the app from the Ecwid admin; if the app uses enhanced security ' +
        'mode, EcwidApp.getPayload() returns undefined and the payload must be decrypted on your server instead.',
    );
  }
  if (typeof payload !== 'object' || Array.isArray(payload)) {
    throw invalidPayload(`expected an object, got ${describe(payload)}.`);
  }
  const record = payload as Record<string, unknown>;
  const field = (key: string): unknown => (Object.hasOwn(record, key) ? record[key] : undefined);

  const storeId = field('store_id');
  if (!isPositiveSafeInteger(storeId)) {
    throw invalidPayload(`store_id must be a positive integer (got ${describe(storeId)}).`);
  }
  const accessToken = field('access_token');
  if (typeof accessToken !== 'string' || accessToken.trim() === '') {
    throw invalidPayload(
      `access_token must be a non-empty string (got ${typeof accessToken === 'string' ? 'an empty string' : describe(accessToken)}).`,
    );
  }
  const lang = field('lang');
  if (lang !== undefined && lang !== null && typeof lang !== 'string') {
    throw invalidPayload(`lang must be a string (got ${describe(lang)}).`);
  }
  const viewMode = field('view_mode');
  if (viewMode !== undefined && viewMode !== null && typeof viewMode !== 'string') {
    throw invalidPayload(`view_mode must be a string (got ${describe(viewMode)}).`);
  }
  const publicToken = field('public_token');
  const appState = field('app_state');

  return {
    store_id: storeId,
    access_token: accessToken,
    lang: typeof lang === 'string' && lang.trim() !== '' ? lang.trim() : 'en',
    // A view mode the admin adds later is not worth breaking the app over: it reads as unknown.
    ...(typeof viewMode === 'string' && VIEW_MODES.has(viewMode)
      ? { view_mode: viewMode as EcwidAppViewMode }
      : {}),
    ...(typeof publicToken === 'string' && publicToken !== '' ? { public_token: publicToken } : {}),
    ...(typeof appState === 'string' ? { app_state: appState } : {}),
  };
}

function fragmentOf(location: { hash: string } | string): string {
  const raw = typeof location === 'string' ? location : location?.hash;
  if (typeof raw !== 'string') {
    throw new EcwidApiError(
      'invalid-argument',
      'readEcwidPayloadFromLocation needs window.location, an object with a `hash`, or a string.',
    );
  }
  const hashIndex = raw.indexOf('#');
  return (hashIndex === -1 ? raw : raw.slice(hashIndex + 1)).trim();
}

/**
 * Reads the payload the admin appends to an app's URL as `#<hex-encoded JSON>`, for apps that do not load
 * the Ecwid SDK. Throws EcwidApiError('invalid-argument') for a missing, malformed or incomplete payload.
 */
export function readEcwidPayloadFromLocation(location: { hash: string } | string): EcwidAppPayload {
  const hex = fragmentOf(location);
  if (hex === '') {
    throw new EcwidApiError(
      'invalid-argument',
      'The URL has no Ecwid app payload in its fragment (#…). Open the app from the Ecwid admin; in enhanced ' +
        'security mode the payload is encrypted and must be decrypted on your server instead.',
    );
  }
  if (hex.length % 2 !== 0 || !/^[0-9a-fA-F]+$/.test(hex)) {
    throw invalidPayload('the URL fragment is not hex-encoded (expected an even number of 0-9, a-f).');
  }
  const bytes = new Uint8Array(hex.length / 2);
  for (let index = 0; index < bytes.length; index += 1) {
    bytes[index] = Number.parseInt(hex.slice(index * 2, index * 2 + 2), 16);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw invalidPayload('the URL fragment does not decode to UTF-8 text.');
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    // The parser's message quotes the text, which holds the token: it is left out.
    throw invalidPayload('the URL fragment does not decode to JSON.');
  }
  if (json === null) throw invalidPayload('the URL fragment decodes to null.');
  return parseEcwidAppPayload(json);
}
