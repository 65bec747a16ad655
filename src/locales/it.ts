import type { ContactCardLabels } from '../components/labels';

/** Italian strings: `<ContactCard labels={it} locale="it" />`. */
export const it = {
  types: {
    EMAIL: 'E-mail',
    PHONE: 'Telefono',
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
    URL: 'Sito web',
    OTHER: 'Altro contatto',
  },
  defaultBadge: 'Predefinito',
  noteButton: 'Nota su questo contatto',
  added: 'Aggiunto il {date}',
  copyButton: 'Copia contatto',
  copied: 'Copiato',
  copyFailed: 'Impossibile copiare. Seleziona il testo.',
  opensInNewTab: '(si apre in una nuova scheda)',
  loading: 'Caricamento del contatto',
  notFound: 'Contatto non trovato.',
  missingScope: 'L’app richiede l’accesso read_customers.',
  invalidToken: 'Token di accesso non valido. Riapri l’app.',
  rateLimited: 'Troppe richieste. Nuovo tentativo in corso…',
  rateLimitedGaveUp: 'Troppe richieste. Riprova tra poco.',
  loadFailed: 'Impossibile caricare il contatto.',
  retry: 'Riprova',
} as const satisfies ContactCardLabels;

export default it;
