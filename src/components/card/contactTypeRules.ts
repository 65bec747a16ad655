import type { ContactType } from '../../api/contactTypes';

/** How the card shows and links one contact type. */
export interface ContactTypeRule {
  /**
   * Host and path prefix of a profile on the network (`t.me/`): the profile of handle `ivan` is
   * `https://t.me/ivan`. Absent where a handle alone makes no URL.
   */
  profileBase?: string;
  /** The contact's `handle` ("@ivan"), when present, is the card's main label instead of the value. */
  handleIsPrimaryLabel: boolean;
  /** A bare host name (`shop.example/page`) is read as a web address and linked over https. */
  linksBareHostName: boolean;
}

/**
 * Every contact type's rule in one table, so a new type cannot be added without deciding each.
 * Viber has no web profile and its `viber://` links are not allowlisted, so it only shows text.
 */
export const CONTACT_TYPE_RULES: Record<ContactType, ContactTypeRule> = {
  EMAIL: { handleIsPrimaryLabel: false, linksBareHostName: false },
  PHONE: { handleIsPrimaryLabel: false, linksBareHostName: false },
  FACEBOOK: { profileBase: 'www.facebook.com/', handleIsPrimaryLabel: true, linksBareHostName: true },
  INSTAGRAM: { profileBase: 'www.instagram.com/', handleIsPrimaryLabel: true, linksBareHostName: true },
  TWITTER: { profileBase: 'x.com/', handleIsPrimaryLabel: true, linksBareHostName: true },
  YOUTUBE: { profileBase: 'www.youtube.com/@', handleIsPrimaryLabel: true, linksBareHostName: true },
  TIKTOK: { profileBase: 'www.tiktok.com/@', handleIsPrimaryLabel: true, linksBareHostName: true },
  PINTEREST: { profileBase: 'www.pinterest.com/', handleIsPrimaryLabel: true, linksBareHostName: true },
  VK: { profileBase: 'vk.com/', handleIsPrimaryLabel: true, linksBareHostName: true },
  FB_MESSENGER: { profileBase: 'm.me/', handleIsPrimaryLabel: true, linksBareHostName: true },
  WHATSAPP: { handleIsPrimaryLabel: true, linksBareHostName: true },
  TELEGRAM: { profileBase: 't.me/', handleIsPrimaryLabel: true, linksBareHostName: true },
  VIBER: { handleIsPrimaryLabel: true, linksBareHostName: false },
  URL: { handleIsPrimaryLabel: false, linksBareHostName: true },
  OTHER: { handleIsPrimaryLabel: false, linksBareHostName: false },
};
