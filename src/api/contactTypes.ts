/**
 * The contact types Ecwid documents, in the documented order. The order is part of the
 * contract: galleries and pickers list types in it.
 */
export const CONTACT_TYPES = [
  'EMAIL',
  'PHONE',
  'FACEBOOK',
  'INSTAGRAM',
  'TWITTER',
  'YOUTUBE',
  'TIKTOK',
  'PINTEREST',
  'VK',
  'FB_MESSENGER',
  'WHATSAPP',
  'TELEGRAM',
  'VIBER',
  'URL',
  'OTHER',
] as const;

export type ContactType = (typeof CONTACT_TYPES)[number];

/** True when `value` is one of the 15 documented contact types (exact, upper case). */
export function isContactType(value: unknown): value is ContactType {
  return (CONTACT_TYPES as readonly unknown[]).includes(value);
}
