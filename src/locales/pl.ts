import type { ContactCardLabels } from '../components/labels';

/** Polish strings: `<ContactCard labels={pl} locale="pl" />`. */
export const pl = {
  types: {
    EMAIL: 'E-mail',
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
    URL: 'Strona internetowa',
    OTHER: 'Inny kontakt',
  },
  defaultBadge: 'Domyślny',
  noteButton: 'Notatka do tego kontaktu',
  added: 'Dodano {date}',
  copyButton: 'Kopiuj kontakt',
  copied: 'Skopiowano',
  copyFailed: 'Nie można skopiować. Zaznacz tekst.',
  opensInNewTab: '(otwiera się w nowej karcie)',
  loading: 'Wczytywanie kontaktu',
  notFound: 'Nie znaleziono kontaktu.',
  missingScope: 'Aplikacja potrzebuje dostępu read_customers.',
  invalidToken: 'Nieprawidłowy token dostępu. Otwórz aplikację ponownie.',
  rateLimited: 'Zbyt wiele żądań. Ponawianie…',
  rateLimitedGaveUp: 'Zbyt wiele żądań. Spróbuj ponownie za chwilę.',
  loadFailed: 'Nie udało się wczytać kontaktu.',
  retry: 'Spróbuj ponownie',
} as const satisfies ContactCardLabels;

export default pl;
