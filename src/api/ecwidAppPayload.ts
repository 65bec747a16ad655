import { EcwidApiError, invalidValue } from './ecwidApiError';
import { headerSafe } from './ecwidClient';
import { positiveSafeInteger } from './positiveSafeInteger';

export type EcwidAppViewMode = 'PAGE' | 'POPUP' | 'INLINE';

/** What the Ecwid admin hands a native app iframe (`EcwidApp.getPayload()` or the URL fragment). */
export interface EcwidAppPayload {
  store_id: number;
  access_token: string;
  /** The admin's language, e.g. "en"; "en" when absent. */
  lang: string;
  /** Undefined when absent or a mode this library does not know. */
  view_mode?: EcwidAppViewMode;
  public_token?: string;
  app_state?: string;
}

const PAYLOAD = 'Ecwid app payload';

const VIEW_MODES: unknown[] = ['PAGE', 'POPUP', 'INLINE'] satisfies EcwidAppViewMode[];

const optionalString = (value: unknown): string | undefined =>
  typeof value === 'string' ? value : undefined;

/**
 * Validates an app payload. Errors name the field, never a value: the payload holds the store's secret
 * token.
 */
export function parseEcwidAppPayload(payload: unknown): EcwidAppPayload {
  if (payload == null) {
    // Enhanced security mode: EcwidApp.getPayload() returns undefined and the fragment is encrypted.
    throw new EcwidApiError(
      'invalid-argument',
      'No Ecwid app payload: open the app from the Ecwid admin (enhanced security mode: decrypt it on your server)',
    );
  }
  // A payload that is not an object has no store_id, and fails on it.
  const { store_id, access_token, lang, view_mode, public_token, app_state } = payload as Record<
    string,
    unknown
  >;
  if (lang != null && typeof lang !== 'string') throw invalidValue(`${PAYLOAD} "lang"`, 'a string');
  return {
    store_id: positiveSafeInteger(`${PAYLOAD} "store_id"`, store_id),
    // The client's own rule: the token goes into a header.
    access_token: headerSafe(access_token, `${PAYLOAD} "access_token"`),
    lang: (lang as string | null | undefined) || 'en',
    // A view mode the admin adds later is not worth breaking the app over: it reads as unknown.
    view_mode: VIEW_MODES.includes(view_mode) ? (view_mode as EcwidAppViewMode) : undefined,
    public_token: optionalString(public_token),
    app_state: optionalString(app_state),
  };
}

/**
 * Reads the payload the admin appends to an app's URL as `#<hex-encoded UTF-8 JSON>`, for apps that do
 * not load the Ecwid SDK. Takes `window.location`, a URL or the fragment itself. Throws
 * EcwidApiError('invalid-argument') for a missing, malformed or incomplete payload.
 */
export function readEcwidPayloadFromLocation(location: { hash: string } | string): EcwidAppPayload {
  const text = (typeof location === 'string' ? location : location?.hash) ?? '';
  const hex = text.slice(text.indexOf('#') + 1);
  if (hex === '') return parseEcwidAppPayload(undefined);
  let json: unknown;
  try {
    // decodeURIComponent throws on bytes that are not UTF-8.
    if (/^([\da-f]{2})+$/i.test(hex)) json = JSON.parse(decodeURIComponent(hex.replace(/../g, '%$&')));
  } catch {
    // The parsers' messages quote the text, and so the token: they are left out.
  }
  if (json === undefined) throw invalidValue('The URL fragment', 'hex-encoded UTF-8 JSON');
  return parseEcwidAppPayload(json);
}
