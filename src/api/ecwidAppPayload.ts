import { isOptionalString, isString } from './customerContact';
import { invalidValue } from './ecwidApiError';
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
  /** The state the admin opened the app with (e.g. from a deep link), when it is a string. */
  app_state?: string;
}

/**
 * Validates an app payload. Errors name the field, never a value: the payload holds the store's secret
 * token.
 */
export function parseEcwidAppPayload(payload: unknown): EcwidAppPayload {
  // Enhanced security mode: EcwidApp.getPayload() returns undefined and the fragment is encrypted.
  if (!payload)
    throw invalidValue('payload', 'set: open the app from the Ecwid admin, or decrypt it on your server');
  // A payload that is not an object has no store_id, and fails on it.
  const { store_id, access_token, lang, view_mode, app_state } = payload as Record<string, unknown>;
  if (!isOptionalString(lang)) throw invalidValue('lang', 'a string');
  return {
    store_id: positiveSafeInteger('store_id', store_id),
    // The client's own rule: the token goes into a header.
    access_token: headerSafe(access_token, 'access_token'),
    lang: (lang as string | null | undefined) || 'en',
    // A view mode the admin adds later is not worth breaking the app over: it reads as unknown.
    view_mode: ['PAGE', 'POPUP', 'INLINE'].includes(view_mode as string)
      ? (view_mode as EcwidAppViewMode)
      : undefined,
    app_state: isString(app_state) ? app_state : undefined,
  };
}

/**
 * Reads the payload the admin appends to an app's URL as `#<hex-encoded UTF-8 JSON>`, for apps that do
 * not load the Ecwid SDK. Takes `window.location`, a URL or the fragment itself. Throws
 * EcwidApiError('invalid-argument') for a missing, malformed or incomplete payload.
 */
export function readEcwidPayloadFromLocation(location: { hash: string } | string): EcwidAppPayload {
  // What follows the last '#', or all of it.
  const hex = String((location as { hash?: string })?.hash ?? location)
    .split('#')
    .pop()!;
  let json: unknown;
  try {
    // decodeURIComponent rejects a pair that is not hex and bytes that are not UTF-8. An odd length would
    // leave its last character undecoded: the lone "%" makes it reject that too.
    json = hex && JSON.parse(decodeURIComponent(hex.length % 2 ? '%' : hex.replace(/../g, '%$&')));
  } catch {
    // The parsers' messages quote the text, and so the token: they are left out.
    throw invalidValue('URL fragment', 'hex-encoded UTF-8 JSON');
  }
  // An empty fragment ('') or JSON null is no payload.
  return parseEcwidAppPayload(json);
}
