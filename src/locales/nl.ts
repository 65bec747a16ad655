import type { ContactCardLabels } from '../components/labels';

/** Dutch strings: `<ContactCard labels={nl} locale="nl" />`. */
export const nl = {
  types: {
    EMAIL: 'E-mail',
    PHONE: 'Telefoon',
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
    OTHER: 'Ander contact',
  },
  defaultBadge: 'Standaard',
  noteButton: 'Notitie bij dit contact',
  added: 'Toegevoegd op {date}',
  copyButton: 'Contact kopiëren',
  copied: 'Gekopieerd',
  copyFailed: 'Kopiëren mislukt. Selecteer de tekst.',
  opensInNewTab: '(opent in een nieuw tabblad)',
  loading: 'Contact wordt geladen',
  notFound: 'Contact niet gevonden.',
  missingScope: 'De app heeft toegang read_customers nodig.',
  invalidToken: 'Ongeldig toegangstoken. Open de app opnieuw.',
  rateLimited: 'Te veel verzoeken. Opnieuw proberen…',
  rateLimitedGaveUp: 'Te veel verzoeken. Probeer het zo opnieuw.',
  loadFailed: 'Het contact kon niet worden geladen.',
  retry: 'Opnieuw proberen',
} as const satisfies ContactCardLabels;

export default nl;
