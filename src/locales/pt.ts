import type { ContactCardLabels } from '../components/labels';

/** Portuguese strings: `<ContactCard labels={pt} locale="pt" />`. */
export const pt = {
  types: {
    EMAIL: 'E-mail',
    PHONE: 'Telefone',
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
    URL: 'Site',
    OTHER: 'Outro contato',
  },
  defaultBadge: 'Padrão',
  noteButton: 'Nota sobre este contato',
  added: 'Adicionado em {date}',
  copyButton: 'Copiar contato',
  copied: 'Copiado',
  copyFailed: 'Não foi possível copiar. Selecione o texto.',
  opensInNewTab: '(abre em uma nova guia)',
  loading: 'Carregando contato',
  notFound: 'Contato não encontrado.',
  missingScope: 'O aplicativo precisa do acesso read_customers.',
  invalidToken: 'Token de acesso inválido. Reabra o aplicativo.',
  rateLimited: 'Muitas solicitações. Tentando novamente…',
  rateLimitedGaveUp: 'Muitas solicitações. Tente novamente em breve.',
  loadFailed: 'Não foi possível carregar o contato.',
  retry: 'Tentar novamente',
} as const satisfies ContactCardLabels;

export default pt;
