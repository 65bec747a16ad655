import type { ContactType } from '../../api/contactTypes';

/**
 * Every string the components show or announce. Plain strings only (placeholders in braces),
 * so a labels object can cross the React Server Components boundary as a prop.
 */
export interface ContactCardLabels {
  /** The 15 contact types: icon names and the start of each card's accessible name. */
  types: Record<ContactType, string>;
  /** Text of the badge on a default contact. */
  defaultBadge: string;
  /** Accessible name of the button that shows the owner's note. Never the note itself. */
  noteButton: string;
  /** `{date}` is the creation date formatted in the card's locale. */
  added: string;
  /** Accessible name of the copy button. */
  copyButton: string;
  /** Announced after a successful copy. */
  copied: string;
  /** Shown when the clipboard is unavailable (insecure context, old browser) or refused the copy. */
  copyFailed: string;
  /** Read after links that open a new tab. */
  opensInNewTab: string;
  /** Accessible name of the loading skeleton. */
  loading: string;
  notFound: string;
  /** Must say that the app needs `read_customers` access. */
  missingScope: string;
  invalidToken: string;
  /** Shown while requests are throttled and a retry is scheduled. */
  rateLimited: string;
  /** Shown when throttling outlasted the automatic retries. */
  rateLimitedGaveUp: string;
  /** Any other failure. */
  loadFailed: string;
  retry: string;
}

/** A labels object with any subset of the strings (and of the type names) replaced. */
export type ContactCardLabelsOverride = Partial<Omit<ContactCardLabels, 'types'>> & {
  types?: Partial<Record<ContactType, string>>;
};

/** The built-in English strings. Other languages are separate imports from `ecwid-contact-card/locales/*`. */
export const en = {
  types: {
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
  },
  defaultBadge: 'Default',
  noteButton: 'Note on this contact',
  added: 'Added {date}',
  copyButton: 'Copy contact',
  copied: 'Copied',
  copyFailed: 'Could not copy. Select the text instead.',
  opensInNewTab: '(opens in a new tab)',
  loading: 'Loading contact',
  notFound: 'Contact not found.',
  missingScope: 'The app needs read_customers access.',
  invalidToken: 'Invalid access token. Reopen the app.',
  rateLimited: 'Too many requests. Retrying…',
  rateLimitedGaveUp: 'Too many requests. Try again soon.',
  loadFailed: 'Could not load the contact.',
  retry: 'Retry',
} as const satisfies ContactCardLabels;

/** `base` with the string entries of `overrides` on top: `undefined` (or no override) keeps `base`. */
export function withOverrides<T extends object>(base: T, overrides: object = {}): T {
  const merged = { ...base } as Record<string, unknown>;
  for (const [key, value] of Object.entries(overrides)) {
    if (typeof value === 'string') merged[key] = value;
  }
  return merged as T;
}

/** English with the given overrides on top, type names included. */
export function resolveLabels(overrides?: ContactCardLabelsOverride): ContactCardLabels {
  return { ...withOverrides(en, overrides), types: withOverrides(en.types, overrides?.types) };
}
