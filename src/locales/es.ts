import type { ContactCardLabels } from '../components/labels';

/** Spanish strings: `<ContactCard labels={es} locale="es" />`. */
export const es = {
  types: {
    EMAIL: 'Correo electrónico',
    PHONE: 'Teléfono',
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
    URL: 'Sitio web',
    OTHER: 'Otro contacto',
  },
  defaultBadge: 'Predeterminado',
  noteButton: 'Nota sobre este contacto',
  added: 'Añadido el {date}',
  copyButton: 'Copiar contacto',
  copied: 'Copiado',
  copyFailed: 'No se pudo copiar. Seleccione el texto.',
  opensInNewTab: '(se abre en una pestaña nueva)',
  loading: 'Cargando contacto',
  notFound: 'Contacto no encontrado.',
  missingScope: 'La aplicación necesita el acceso read_customers.',
  invalidToken: 'Token de acceso no válido. Vuelva a abrir la aplicación.',
  rateLimited: 'Demasiadas solicitudes. Reintentando…',
  rateLimitedGaveUp: 'Demasiadas solicitudes. Inténtelo de nuevo en breve.',
  loadFailed: 'No se pudo cargar el contacto.',
  retry: 'Reintentar',
} as const satisfies ContactCardLabels;

export default es;
