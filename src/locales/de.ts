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
  copyUnavailable:
    'Kopieren ist in diesem Browser nicht möglich. Markieren Sie den Text und kopieren Sie ihn selbst.',
  copyFailed:
    'Der Browser hat das Kopieren nicht erlaubt. Markieren Sie den Text und kopieren Sie ihn selbst.',
  opensInNewTab: '(öffnet in einem neuen Tab)',
  loading: 'Kontakt wird geladen',
  notFound: 'Dieser Kontakt wurde nicht gefunden. Möglicherweise wurde er gelöscht.',
  missingScope:
    'Diese App benötigt den Zugriff read_customers, um Kontakte anzuzeigen. Bitten Sie den Shopinhaber, ihn zu gewähren.',
  invalidToken: 'Das Zugriffstoken ist ungültig. Öffnen Sie die App erneut, um sich wieder anzumelden.',
  rateLimited: 'Gerade zu viele Anfragen. Es wird automatisch erneut versucht…',
  rateLimitedGaveUp: 'Gerade zu viele Anfragen. Warten Sie einen Moment und versuchen Sie es erneut.',
  loadFailed: 'Der Kontakt konnte nicht geladen werden.',
  retry: 'Erneut versuchen',
} as const satisfies ContactCardLabels;

export default de;
