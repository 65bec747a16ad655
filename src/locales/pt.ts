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
  copyUnavailable: 'Não é possível copiar neste navegador. Selecione o texto e copie-o manualmente.',
  copyFailed: 'O navegador não permitiu copiar. Selecione o texto e copie-o manualmente.',
  opensInNewTab: '(abre em uma nova guia)',
  loading: 'Carregando contato',
  notFound: 'Este contato não foi encontrado. Ele pode ter sido excluído.',
  missingScope:
    'Este aplicativo precisa do acesso read_customers para mostrar contatos. Peça ao proprietário da loja para concedê-lo.',
  invalidToken: 'O token de acesso não é válido. Abra o aplicativo novamente para entrar outra vez.',
  rateLimited: 'Muitas solicitações no momento. Tentando novamente automaticamente…',
  rateLimitedGaveUp: 'Muitas solicitações no momento. Aguarde um pouco e tente novamente.',
  loadFailed: 'Não foi possível carregar o contato.',
  retry: 'Tentar novamente',
} as const satisfies ContactCardLabels;

export default pt;
