import type { ContactCardLabels } from '../components/labels';

/** Russian strings: `<ContactCard labels={ru} locale="ru" />`. */
export const ru = {
  types: {
    EMAIL: 'Эл. почта',
    PHONE: 'Телефон',
    FACEBOOK: 'Facebook',
    INSTAGRAM: 'Instagram',
    TWITTER: 'X (Twitter)',
    YOUTUBE: 'YouTube',
    TIKTOK: 'TikTok',
    PINTEREST: 'Pinterest',
    VK: 'ВКонтакте',
    FB_MESSENGER: 'Facebook Messenger',
    WHATSAPP: 'WhatsApp',
    TELEGRAM: 'Telegram',
    VIBER: 'Viber',
    URL: 'Сайт',
    OTHER: 'Другой контакт',
  },
  defaultBadge: 'Основной',
  noteButton: 'Заметка к этому контакту',
  added: 'Добавлен {date}',
  copyButton: 'Копировать контакт',
  copied: 'Скопировано',
  copyFailed: 'Не удалось скопировать. Выделите текст.',
  opensInNewTab: '(откроется в новой вкладке)',
  loading: 'Загрузка контакта',
  notFound: 'Контакт не найден.',
  missingScope: 'Приложению нужен доступ read_customers.',
  invalidToken: 'Недействительный токен доступа. Откройте приложение заново.',
  rateLimited: 'Слишком много запросов. Повторяем…',
  rateLimitedGaveUp: 'Слишком много запросов. Повторите попытку позже.',
  loadFailed: 'Не удалось загрузить контакт.',
  retry: 'Повторить',
} as const satisfies ContactCardLabels;

export default ru;
