import type { ContactCardLabels } from '../components/labels';

/** German strings: `<ContactCard labels={de} locale="de" />`. */
export const de = {
  types: {
    EMAIL: 'E-Mail',
    PHONE: 'Telefon',
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
    OTHER: 'Anderer Kontakt',
  },
  defaultBadge: 'Standard',
  noteButton: 'Notiz zu diesem Kontakt',
  added: 'Hinzugefügt am {date}',
  copyButton: 'Kontakt kopieren',
  copied: 'Kopiert',
  copyFailed: 'Kopieren nicht möglich. Markieren Sie den Text.',
  opensInNewTab: '(öffnet in einem neuen Tab)',
  loading: 'Kontakt wird geladen',
  notFound: 'Kontakt nicht gefunden.',
  missingScope: 'Die App benötigt den Zugriff read_customers.',
  invalidToken: 'Ungültiges Zugriffstoken. Öffnen Sie die App erneut.',
  rateLimited: 'Zu viele Anfragen. Neuer Versuch läuft…',
  rateLimitedGaveUp: 'Zu viele Anfragen. Versuchen Sie es gleich erneut.',
  loadFailed: 'Der Kontakt konnte nicht geladen werden.',
  retry: 'Erneut versuchen',
} as const satisfies ContactCardLabels;

export default de;
