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
  copyUnavailable: 'No se puede copiar en este navegador. Seleccione el texto y cópielo usted mismo.',
  copyFailed: 'El navegador no permitió copiar. Seleccione el texto y cópielo usted mismo.',
  opensInNewTab: '(se abre en una pestaña nueva)',
  loading: 'Cargando contacto',
  notFound: 'No se encontró este contacto. Puede que se haya eliminado.',
  missingScope:
    'Esta aplicación necesita el acceso read_customers para mostrar contactos. Pida al propietario de la tienda que lo conceda.',
  invalidToken: 'El token de acceso no es válido. Vuelva a abrir la aplicación para iniciar sesión de nuevo.',
  rateLimited: 'Demasiadas solicitudes ahora mismo. Reintentando automáticamente…',
  rateLimitedGaveUp: 'Demasiadas solicitudes ahora mismo. Espere un momento y vuelva a intentarlo.',
  loadFailed: 'No se pudo cargar el contacto.',
  retry: 'Reintentar',
} as const satisfies ContactCardLabels;

export default es;
