import { invalidArgument, type EcwidApiError } from './ecwidApiError';
import {
  isOptionalString,
  isPlainObject,
  isString,
  requireHeaderSafeToken,
  requirePositiveSafeInteger,
} from './validate';

/** The view modes the Ecwid admin documents for an app page. */
export const ECWID_APP_VIEW_MODES = ['PAGE', 'POPUP', 'INLINE'] as const;

export type EcwidAppViewMode = (typeof ECWID_APP_VIEW_MODES)[number];

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

const DEFAULT_LANG = 'en';
/** Pairs of hex digits, one per byte. */
const HEX_BYTES = /^([0-9a-fA-F]{2})*$/;

function isEcwidAppViewMode(value: unknown): value is EcwidAppViewMode {
  return (ECWID_APP_VIEW_MODES as readonly unknown[]).includes(value);
}

/**
 * Validates an app payload. Errors name the field, never a value: the payload holds the store's secret
 * token.
 */
export function parseEcwidAppPayload(payload: unknown): EcwidAppPayload {
  // Enhanced security mode: EcwidApp.getPayload() returns undefined and the fragment is encrypted.
  if (payload === undefined || payload === null) {
    throw invalidArgument('payload', 'set: open the app from the Ecwid admin, or decrypt it on your server');
  }
  if (!isPlainObject(payload)) throw invalidArgument('payload', 'an object with store_id and access_token');
  const { store_id, access_token, lang, view_mode, app_state } = payload;
  if (!isOptionalString(lang)) throw invalidArgument('lang', 'a string');
  return {
    store_id: requirePositiveSafeInteger('store_id', store_id),
    // The client's own rule: the token goes into a header.
    access_token: requireHeaderSafeToken(access_token, 'access_token'),
    lang: isString(lang) && lang !== '' ? lang : DEFAULT_LANG,
    // A view mode the admin adds later is not worth breaking the app over: it reads as unknown.
    view_mode: isEcwidAppViewMode(view_mode) ? view_mode : undefined,
    app_state: isString(app_state) ? app_state : undefined,
  };
}

/** What follows the last '#' of a location, a URL or a fragment; all of it when there is no '#'. */
function fragmentOf(location: { hash: string } | string): string {
  const text: unknown = isString(location) ? location : location?.hash;
  if (!isString(text)) throw invalidArgument('location', 'a location, a URL or its fragment');
  const hashIndex = text.lastIndexOf('#');
  return hashIndex === -1 ? text : text.slice(hashIndex + 1);
}

function notHexJson(): EcwidApiError {
  return invalidArgument('URL fragment', 'hex-encoded UTF-8 JSON');
}

/**
 * Decodes hex-encoded UTF-8 JSON. The error never quotes the text, which holds the token: the parsers'
 * own messages would.
 */
function hexToJson(hex: string): unknown {
  if (!HEX_BYTES.test(hex)) throw notHexJson();
  const bytes = new Uint8Array(hex.length / 2);
  for (let index = 0; index < bytes.length; index++) {
    bytes[index] = Number.parseInt(hex.slice(2 * index, 2 * index + 2), 16);
  }
  try {
    return JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(bytes));
  } catch {
    throw notHexJson();
  }
}

/**
 * Reads the payload the admin appends to an app's URL as `#<hex-encoded UTF-8 JSON>`, for apps that do
 * not load the Ecwid SDK. Takes `window.location`, a URL or the fragment itself. Throws
 * EcwidApiError('invalid-argument') for a missing, malformed or incomplete payload.
 */
export function readEcwidPayloadFromLocation(location: { hash: string } | string): EcwidAppPayload {
  const hex = fragmentOf(location);
  // An empty fragment is no payload, as is JSON null.
  return parseEcwidAppPayload(hex === '' ? undefined : hexToJson(hex));
}
