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
  copyUnavailable: 'La copia non è disponibile in questo browser. Seleziona il testo e copialo manualmente.',
  copyFailed: 'Il browser non ha consentito la copia. Seleziona il testo e copialo manualmente.',
  opensInNewTab: '(si apre in una nuova scheda)',
  loading: 'Caricamento del contatto',
  notFound: 'Questo contatto non è stato trovato. Potrebbe essere stato eliminato.',
  missingScope:
    'Questa app ha bisogno dell’accesso read_customers per mostrare i contatti. Chiedi al proprietario del negozio di concederlo.',
  invalidToken: 'Il token di accesso non è valido. Riapri l’app per accedere di nuovo.',
  rateLimited: 'Troppe richieste in questo momento. Nuovo tentativo automatico…',
  rateLimitedGaveUp: 'Troppe richieste in questo momento. Attendi un momento e riprova.',
  loadFailed: 'Impossibile caricare il contatto.',
  retry: 'Riprova',
} as const satisfies ContactCardLabels;

export default it;
