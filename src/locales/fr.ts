import type { ContactCardLabels } from '../components/labels';

/** French strings: `<ContactCard labels={fr} locale="fr" />`. */
export const fr = {
  types: {
    EMAIL: 'E-mail',
    PHONE: 'Téléphone',
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
    URL: 'Site web',
    OTHER: 'Autre contact',
  },
  defaultBadge: 'Par défaut',
  noteButton: 'Note sur ce contact',
  added: 'Ajouté le {date}',
  copyButton: 'Copier le contact',
  copied: 'Copié',
  copyFailed: 'Copie impossible. Sélectionnez le texte.',
  opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  loading: 'Chargement du contact',
  notFound: 'Contact introuvable.',
  missingScope: 'L’application a besoin de l’accès read_customers.',
  invalidToken: 'Jeton d’accès non valide. Rouvrez l’application.',
  rateLimited: 'Trop de requêtes. Nouvelle tentative…',
  rateLimitedGaveUp: 'Trop de requêtes. Réessayez dans un instant.',
  loadFailed: 'Le contact n’a pas pu être chargé.',
  retry: 'Réessayer',
} as const satisfies ContactCardLabels;

export default fr;
