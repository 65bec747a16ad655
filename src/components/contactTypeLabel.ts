import type { ContactType } from '../api/contactTypes';

/** English names of the contact types: the icons' accessible names. */
export const CONTACT_TYPE_LABELS_EN = {
  EMAIL: 'Email',
  PHONE: 'Phone',
  FACEBOOK: 'Facebook',
  INSTAGRAM: 'Instagram',
  TWITTER: 'X (Twitter)',
  YOUTUBE: 'YouTube',
  TIKTOK: 'TikTok',
  PINTEREST: 'Pinterest',
  VK: 'VK',
  FB_MESSENGER: 'Facebook Messenger',
  WHATSAPP: 'WhatsApp',
  TELEGRAM: 'Telegram',
  VIBER: 'Viber',
  URL: 'Website',
  OTHER: 'Other contact',
} as const satisfies Record<ContactType, string>;

export function contactTypeLabel(type: ContactType): string {
  return CONTACT_TYPE_LABELS_EN[type];
}
