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
  copyUnavailable:
    'La copie n’est pas disponible dans ce navigateur. Sélectionnez le texte et copiez-le vous-même.',
  copyFailed: 'Le navigateur n’a pas autorisé la copie. Sélectionnez le texte et copiez-le vous-même.',
  opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  loading: 'Chargement du contact',
  notFound: 'Ce contact est introuvable. Il a peut-être été supprimé.',
  missingScope:
    'Cette application a besoin de l’accès read_customers pour afficher les contacts. Demandez au propriétaire de la boutique de l’accorder.',
  invalidToken: 'Le jeton d’accès n’est pas valide. Rouvrez l’application pour vous reconnecter.',
  rateLimited: 'Trop de requêtes pour le moment. Nouvel essai automatique…',
  rateLimitedGaveUp: 'Trop de requêtes pour le moment. Patientez un instant puis réessayez.',
  loadFailed: 'Le contact n’a pas pu être chargé.',
  retry: 'Réessayer',
} as const satisfies ContactCardLabels;

export default fr;
