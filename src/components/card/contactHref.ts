import type { ContactType } from '../../api/contactTypes';
import { CONTACT_TYPE_RULES } from './contactTypeRules';
import { knownContactType } from './knownContactType';
import { visibleText } from './visibleText';

/** What `contactHref` reads: a `CustomerContact` satisfies it. */
export interface ContactHrefInput {
  type: ContactType;
  contact: string;
  /** The contact's identifier on its network (`ivan_petrov`), as Ecwid sends it. */
  handle?: string;
}

const EMAIL = /^(?:mailto:)?([\p{L}\p{N}._%+'-]+)@((?:[\p{L}\p{N}-]+\.)+\p{L}{2,})$/iu;
// Digits and phone punctuation, a `+` only in front.
const PHONE = /^(?:tel:)?(\+?)([\d\s().-]+)$/i;
const PHONE_DIGITS = /^\d{3,20}$/;
const HANDLE = /^@?([\w.-]{1,100})$/;
// Dots alone (`.`, `..`) would name the network's home page once the URL is normalised.
const HANDLE_CHARACTER = /[\w-]/;
const HTTP_URL = /^https?:\/\//i;
// A bare host name with a letter TLD, then a port, path, query or nothing: `www.shop.com/page`.
// The URL parser and the final check judge the rest.
const SCHEMELESS_HOST = /^([a-z\d-]+\.)+[a-z]{2,}([:/?#]|$)/i;
const SAFE_PROTOCOL = /^(https?|mailto|tel):$/;

/**
 * Last line of defence: whatever was built, only an allowlisted scheme leaves this module, and
 * never a URL with credentials (`https://facebook.com@evil.example` shows one host, opens another).
 */
function safeHref(candidate: string): string | null {
  try {
    const url = new URL(candidate);
    return SAFE_PROTOCOL.test(url.protocol) && !url.username && !url.password ? url.href : null;
  } catch {
    return null;
  }
}

function emailHref(value: string): string | undefined {
  const [, local, domain] = EMAIL.exec(value) ?? [];
  return local && domain ? `mailto:${encodeURIComponent(local)}@${domain.toLowerCase()}` : undefined;
}

interface PhoneNumber {
  international: boolean;
  digits: string;
}

function phoneNumber(value: string): PhoneNumber | undefined {
  const [, plus, number = ''] = PHONE.exec(value) ?? [];
  const digits = number.replace(/\D/g, '');
  return PHONE_DIGITS.test(digits) ? { international: plus === '+', digits } : undefined;
}

/** The profile URL of `handle` on a network whose profiles live under `profileBase`. */
function profileHref(profileBase: string | undefined, handle: unknown): string | undefined {
  if (!profileBase || typeof handle !== 'string') return undefined;
  const [, name] = HANDLE.exec(handle.trim()) ?? [];
  return name && HANDLE_CHARACTER.test(name) ? `https://${profileBase}${name}` : undefined;
}

/** The link the contact value itself makes, before the final check; `undefined` when it stays text. */
function valueHref(type: ContactType, value: string): string | undefined {
  if (type === 'EMAIL') return emailHref(value);
  const phone = phoneNumber(value);
  if (type === 'PHONE') return phone && `tel:${phone.international ? '+' : ''}${phone.digits}`;
  if (type === 'WHATSAPP' && phone) return `https://wa.me/${phone.digits}`;
  if (HTTP_URL.test(value)) return value;
  const { profileBase, linksBareHostName } = CONTACT_TYPE_RULES[type];
  if (linksBareHostName && SCHEMELESS_HOST.test(value)) return `https://${value}`;
  return profileHref(profileBase, value);
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
 *
 * The value wins when it makes a safe link. Otherwise, for TELEGRAM and the social types, a valid
 * `handle` links its profile (`+79161234567` with handle `ivan_petrov` on TELEGRAM gives
 * `https://t.me/ivan_petrov`): Ecwid documents `handle` as the contact's identifier on that network.
 */
export function contactHref({ type, contact, handle }: ContactHrefInput): string | null {
  const knownType = knownContactType(type);
  const value = typeof contact === 'string' ? contact.trim() : '';
  // A value that shows differently from what it holds (control, zero-width or bidi characters)
  // makes no link rather than guessing what it meant.
  const valueCandidate = visibleText(value) === value ? valueHref(knownType, value) : undefined;
  const valueLink = valueCandidate ? safeHref(valueCandidate) : null;
  if (valueLink) return valueLink;
  const profileCandidate = profileHref(CONTACT_TYPE_RULES[knownType].profileBase, handle);
  return profileCandidate ? safeHref(profileCandidate) : null;
}
