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
  copyUnavailable:
    'Kopiowanie nie jest dostępne w tej przeglądarce. Zaznacz tekst i skopiuj go samodzielnie.',
  copyFailed: 'Przeglądarka nie pozwoliła na kopiowanie. Zaznacz tekst i skopiuj go samodzielnie.',
  opensInNewTab: '(otwiera się w nowej karcie)',
  loading: 'Wczytywanie kontaktu',
  notFound: 'Nie znaleziono tego kontaktu. Mógł zostać usunięty.',
  missingScope:
    'Ta aplikacja potrzebuje dostępu read_customers, aby wyświetlać kontakty. Poproś właściciela sklepu o jego przyznanie.',
  invalidToken: 'Token dostępu jest nieprawidłowy. Otwórz aplikację ponownie, aby zalogować się jeszcze raz.',
  rateLimited: 'Zbyt wiele żądań. Trwa automatyczna ponowna próba…',
  rateLimitedGaveUp: 'Zbyt wiele żądań. Poczekaj chwilę i spróbuj ponownie.',
  loadFailed: 'Nie udało się wczytać kontaktu.',
  retry: 'Spróbuj ponownie',
} as const satisfies ContactCardLabels;

export default pl;
