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
  copyUnavailable: 'Kopiëren is niet beschikbaar in deze browser. Selecteer de tekst en kopieer hem zelf.',
  copyFailed: 'De browser stond kopiëren niet toe. Selecteer de tekst en kopieer hem zelf.',
  opensInNewTab: '(opent in een nieuw tabblad)',
  loading: 'Contact wordt geladen',
  notFound: 'Dit contact is niet gevonden. Misschien is het verwijderd.',
  missingScope:
    'Deze app heeft toegang read_customers nodig om contacten te tonen. Vraag de winkeleigenaar die te verlenen.',
  invalidToken: 'Het toegangstoken is ongeldig. Open de app opnieuw om weer in te loggen.',
  rateLimited: 'Op dit moment te veel verzoeken. Er wordt automatisch opnieuw geprobeerd…',
  rateLimitedGaveUp: 'Op dit moment te veel verzoeken. Wacht even en probeer het opnieuw.',
  loadFailed: 'Het contact kon niet worden geladen.',
  retry: 'Opnieuw proberen',
} as const satisfies ContactCardLabels;

export default nl;
