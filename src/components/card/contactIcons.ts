'use client';
import {
  IconBrandFacebook,
  IconBrandInstagram,
  IconBrandMessenger,
  IconBrandPinterest,
  IconBrandTelegram,
  IconBrandTiktok,
  IconBrandViber,
  IconBrandVk,
  IconBrandWhatsapp,
  IconBrandX,
  IconBrandYoutube,
  IconDots,
  IconLink,
  IconMail,
  IconPhone,
  type Icon,
} from '@tabler/icons-react';
import type { ContactType } from '../../api/contactTypes';

/**
 * One static, exhaustive map: each icon is a named import, so bundlers keep exactly these
 * 15 and nothing else. Never index the icon package by a computed name.
 */
export const CONTACT_ICONS = {
  EMAIL: IconMail,
  PHONE: IconPhone,
  FACEBOOK: IconBrandFacebook,
  INSTAGRAM: IconBrandInstagram,
  TWITTER: IconBrandX,
  YOUTUBE: IconBrandYoutube,
  TIKTOK: IconBrandTiktok,
  PINTEREST: IconBrandPinterest,
  VK: IconBrandVk,
  FB_MESSENGER: IconBrandMessenger,
  WHATSAPP: IconBrandWhatsapp,
  TELEGRAM: IconBrandTelegram,
  VIBER: IconBrandViber,
  URL: IconLink,
  OTHER: IconDots,
} as const satisfies Record<ContactType, Icon>;
