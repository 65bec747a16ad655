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
  copyUnavailable: 'Копирование недоступно в этом браузере. Выделите текст и скопируйте его вручную.',
  copyFailed: 'Браузер не разрешил копирование. Выделите текст и скопируйте его вручную.',
  opensInNewTab: '(откроется в новой вкладке)',
  loading: 'Загрузка контакта',
  notFound: 'Контакт не найден. Возможно, он был удалён.',
  missingScope:
    'Приложению нужен доступ read_customers, чтобы показывать контакты. Попросите владельца магазина предоставить его.',
  invalidToken: 'Токен доступа недействителен. Откройте приложение заново, чтобы войти снова.',
  rateLimited: 'Слишком много запросов. Повторяем попытку автоматически…',
  rateLimitedGaveUp: 'Слишком много запросов. Подождите немного и попробуйте снова.',
  loadFailed: 'Не удалось загрузить контакт.',
  retry: 'Повторить',
} as const satisfies ContactCardLabels;

export default ru;
