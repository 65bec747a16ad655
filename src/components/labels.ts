import type { ContactType } from '../api/contactTypes';

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
  /** Shown when the page has no clipboard access (insecure context, old browser). */
  copyUnavailable: string;
  /** Shown when the browser refused the copy. */
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
  copyUnavailable: 'Copying is not available in this browser. Select the text and copy it yourself.',
  copyFailed: 'The browser did not allow copying. Select the text and copy it yourself.',
  opensInNewTab: '(opens in a new tab)',
  loading: 'Loading contact',
  notFound: 'This contact was not found. It may have been deleted.',
  missingScope: 'This app needs read_customers access to show contacts. Ask the store owner to grant it.',
  invalidToken: 'The access token is not valid. Reopen the app to sign in again.',
  rateLimited: 'Too many requests right now. Retrying automatically…',
  rateLimitedGaveUp: 'Too many requests right now. Wait a moment and try again.',
  loadFailed: 'The contact could not be loaded.',
  retry: 'Retry',
} as const satisfies ContactCardLabels;

/** English with the given overrides on top; `undefined` entries keep the English string. */
export function resolveLabels(overrides?: ContactCardLabelsOverride): ContactCardLabels {
  if (!overrides) return en;
  const { types, ...strings } = overrides;
  const resolved: ContactCardLabels = { ...en, types: { ...en.types } };
  for (const [key, value] of Object.entries(strings)) {
    if (typeof value === 'string' && key in en && key !== 'types') {
      (resolved as unknown as Record<string, unknown>)[key] = value;
    }
  }
  if (types) {
    for (const [type, value] of Object.entries(types)) {
      if (typeof value === 'string' && type in en.types) resolved.types[type as ContactType] = value;
    }
  }
  return resolved;
}
