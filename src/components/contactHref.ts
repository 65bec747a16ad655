import type { ContactType } from '../api/contactTypes';
import { knownContactType } from './knownContactType';
import { visibleText } from './visibleText';

/** What `contactHref` reads: a `CustomerContact` satisfies it. */
export interface ContactHrefInput {
  type: ContactType;
  contact: string;
}

const EMAIL = /^(?:mailto:)?([\p{L}\p{N}._%+'-]+)@((?:[\p{L}\p{N}-]+\.)+\p{L}{2,})$/iu;
// Digits and phone punctuation, a `+` only in front.
const PHONE = /^(?:tel:)?(\+?)([\d\s().-]+)$/i;
const HANDLE = /^@?([\w.-]{1,100})$/;
// A bare host name with a letter TLD, then a port, path, query or nothing: `www.shop.com/page`.
// The URL parser and the final check judge the rest.
const SCHEMELESS_HOST = /^([a-z\d-]+\.)+[a-z]{2,}([:/?#]|$)/i;

/** Where a bare handle's profile lives, for platforms whose profile URLs take one. */
const PROFILE_BASE: Partial<Record<ContactType, string>> = {
  FACEBOOK: 'www.facebook.com/',
  INSTAGRAM: 'www.instagram.com/',
  TWITTER: 'x.com/',
  YOUTUBE: 'www.youtube.com/@',
  TIKTOK: 'www.tiktok.com/@',
  PINTEREST: 'www.pinterest.com/',
  VK: 'vk.com/',
  FB_MESSENGER: 'm.me/',
  TELEGRAM: 't.me/',
};

/**
 * Last line of defence: whatever was built, only an allowlisted scheme leaves this module, and
 * never a URL with credentials (`https://facebook.com@evil.example` shows one host, opens another).
 */
function safeHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return /^(https?|mailto|tel):$/.test(url.protocol) && !url.username && !url.password ? url.href : null;
  } catch {
    return null;
  }
}

/** The link a contact value makes, before the final check; `undefined` when it stays text. */
function candidateHref(type: ContactType, value: string): string | undefined {
  if (type === 'EMAIL') {
    const [, local, domain] = EMAIL.exec(value) ?? [];
    return domain && `mailto:${encodeURIComponent(local!)}@${domain.toLowerCase()}`;
  }
  const [, plus, number = ''] = PHONE.exec(value) ?? [];
  const digits = number.replace(/\D/g, '');
  const isPhone = /^\d{3,20}$/.test(digits);
  if (type === 'PHONE') return isPhone ? `tel:${plus}${digits}` : undefined;
  if (type === 'WHATSAPP' && isPhone) return `https://wa.me/${digits}`;
  if (/^https?:\/\//i.test(value)) return value;
  const profileBase = PROFILE_BASE[type];
  // Where a web address is expected, a bare host name is one too.
  if ((profileBase || type === 'URL' || type === 'WHATSAPP') && SCHEMELESS_HOST.test(value)) {
    return `https://${value}`;
  }
  // Only a value that is itself a bare handle builds a profile URL: a value that is neither a
  // URL nor a handle stays text even when the API also sent a handle.
  const handle = HANDLE.exec(value)?.[1];
  return profileBase && handle && `https://${profileBase}${handle}`;
}

/**
 * The safe link for a contact, or `null` when it must be shown as plain text.
 *
 * Only `http:`, `https:`, `mailto:` and `tel:` are ever returned. EMAIL gives `mailto:` for a
 * plausible address; PHONE gives `tel:` with digits and a leading `+`; WHATSAPP gives
 * `https://wa.me/<digits>` for a phone number; TELEGRAM and the social types build their profile
 * URL when `contact` is a bare handle; URL, WHATSAPP and social types accept an http(s) URL or a
 * bare host name (`shop.example/page`, linked as https); VIBER, OTHER and unknown types link
 * only an explicit http(s) URL. Values with control, zero-width or bidi characters, credentials
 * in the URL, or any other scheme stay text.
 */
export function contactHref({ type, contact }: ContactHrefInput): string | null {
  const value = typeof contact === 'string' ? contact.trim() : '';
  // A value that shows differently from what it holds (control, zero-width or bidi characters)
  // stays text rather than guessing what it meant.
  if (visibleText(value) !== value) return null;
  const href = candidateHref(knownContactType(type), value);
  return href ? safeHref(href) : null;
}
