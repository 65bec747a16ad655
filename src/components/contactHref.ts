import { isContactType, type ContactType } from '../api/contactTypes';

/** What `contactHref` reads: a `CustomerContact` satisfies it. */
export interface ContactHrefInput {
  type: ContactType;
  contact: string;
}

/** The only schemes that may ever reach an `href`. */
const SAFE_PROTOCOLS: ReadonlySet<string> = new Set(['http:', 'https:', 'mailto:', 'tel:']);

// C0 and C1 controls, DEL, zero-width characters, bidi marks, embeddings, overrides and isolates,
// the word joiner family and the BOM: invisible characters that disguise a scheme or a host.
export const INVISIBLE_OR_CONTROL =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u001F\u007F-\u009F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/;

const EMAIL = /^([\p{L}\p{N}._%+'-]+)@((?:[\p{L}\p{N}](?:[\p{L}\p{N}-]*[\p{L}\p{N}])?\.)+[\p{L}]{2,})$/u;
const PHONE = /^\+?[\d\s().-]+$/;
const HANDLE = /^@?([A-Za-z0-9_.-]{1,100})$/;
// A bare host name with a letter TLD, optionally followed by a path: `www.shop.com/page`.
const SCHEMELESS_HOST =
  /^(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?\.)+[A-Za-z]{2,}(?::\d{1,5})?(?:[/?#]|$)/;

/** Profile address built from a bare handle, for platforms whose profile URLs take one. */
const PROFILE_URL: Partial<Record<ContactType, (handle: string) => string>> = {
  FACEBOOK: (handle) => `https://www.facebook.com/${handle}`,
  INSTAGRAM: (handle) => `https://www.instagram.com/${handle}`,
  TWITTER: (handle) => `https://x.com/${handle}`,
  YOUTUBE: (handle) => `https://www.youtube.com/@${handle}`,
  TIKTOK: (handle) => `https://www.tiktok.com/@${handle}`,
  PINTEREST: (handle) => `https://www.pinterest.com/${handle}`,
  VK: (handle) => `https://vk.com/${handle}`,
  FB_MESSENGER: (handle) => `https://m.me/${handle}`,
  TELEGRAM: (handle) => `https://t.me/${handle}`,
};

/**
 * Trims outer whitespace and rejects anything still carrying control, zero-width or bidi
 * characters: rather than guess what such a value meant, it stays plain text.
 */
function normalise(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const trimmed = value.trim();
  if (trimmed === '' || trimmed.length > 2048 || INVISIBLE_OR_CONTROL.test(trimmed)) return null;
  return trimmed;
}

/** An absolute http(s) URL, re-serialised by the URL parser; never one with credentials. */
function webUrl(value: string, allowSchemeless: boolean): string | null {
  let candidate = value;
  if (!/^https?:\/\//i.test(candidate)) {
    if (!allowSchemeless || !SCHEMELESS_HOST.test(candidate)) return null;
    candidate = `https://${candidate}`;
  }
  let url: URL;
  try {
    url = new URL(candidate);
  } catch {
    return null;
  }
  // `https://facebook.com@evil.example` shows one host and opens another.
  if (url.username !== '' || url.password !== '' || url.hostname === '') return null;
  return safeHref(url.href);
}

function emailHref(value: string): string | null {
  const address = value.replace(/^mailto:/i, '');
  const match = EMAIL.exec(address);
  if (!match) return null;
  const [, local = '', domain = ''] = match;
  return safeHref(`mailto:${encodeURIComponent(local)}@${domain.toLowerCase()}`);
}

/** Digits with an optional leading `+`, when the value is written like a phone number. */
function phoneDigits(value: string): string | null {
  const number = value.replace(/^tel:/i, '');
  if (!PHONE.test(number) || number.indexOf('+') > 0) return null;
  const digits = number.replace(/\D/g, '');
  if (digits.length < 3 || digits.length > 20) return null;
  return number.startsWith('+') ? `+${digits}` : digits;
}

function handleOf(value: string): string | null {
  return HANDLE.exec(value)?.[1] ?? null;
}

/** Last line of defence: whatever was built, only an allowlisted scheme leaves this module. */
function safeHref(href: string): string | null {
  try {
    return SAFE_PROTOCOLS.has(new URL(href).protocol) ? href : null;
  } catch {
    return null;
  }
}

/**
 * The safe link for a contact, or `null` when it must be shown as plain text.
 *
 * Only `http:`, `https:`, `mailto:` and `tel:` are ever returned. EMAIL gives `mailto:` for a
 * plausible address; PHONE gives `tel:` with digits and a leading `+`; WHATSAPP gives
 * `https://wa.me/<digits>` for a phone number; TELEGRAM and the social types build their profile
 * URL when `contact` is a bare handle; URL and social types accept an http(s) URL or
 * a bare host name (`shop.example/page`, linked as https); VIBER and OTHER link only an explicit
 * http(s) URL. Values with control, zero-width or bidi characters, credentials in the URL, or any
 * other scheme stay text.
 */
export function contactHref(contact: ContactHrefInput): string | null {
  const value = normalise(contact.contact);
  if (value === null) return null;
  const type: ContactType = isContactType(contact.type) ? contact.type : 'OTHER';
  switch (type) {
    case 'EMAIL':
      return emailHref(value);
    case 'PHONE': {
      const digits = phoneDigits(value);
      return digits === null ? null : safeHref(`tel:${digits}`);
    }
    case 'WHATSAPP': {
      const digits = phoneDigits(value);
      if (digits !== null) return safeHref(`https://wa.me/${digits.replace('+', '')}`);
      return webUrl(value, true);
    }
    case 'FACEBOOK':
    case 'INSTAGRAM':
    case 'TWITTER':
    case 'YOUTUBE':
    case 'TIKTOK':
    case 'PINTEREST':
    case 'VK':
    case 'FB_MESSENGER':
    case 'TELEGRAM': {
      const url = webUrl(value, true);
      if (url !== null) return url;
      // Only a value that is itself a bare handle builds a profile URL: a value that is neither
      // a URL nor a handle stays text even when the API also sent a handle.
      const handle = handleOf(value);
      const profile = PROFILE_URL[type];
      return handle !== null && profile ? webUrl(profile(handle), false) : null;
    }
    case 'URL':
      return webUrl(value, true);
    case 'VIBER':
    case 'OTHER':
      return webUrl(value, false);
    default:
      return type satisfies never;
  }
}

/** True when the contact opens a web page (and so a new tab) rather than an app. */
export function isWebHref(href: string): boolean {
  return /^https?:/i.test(href);
}
