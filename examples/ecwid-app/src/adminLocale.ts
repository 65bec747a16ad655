import type { CustomerContactsLabels } from 'ecwid-contact-card';

// One lazy import per shipped locale: the app downloads only the admin's language. English is built in.
const loaders: Record<string, () => Promise<CustomerContactsLabels>> = {
  de: () => import('ecwid-contact-card/locales/de').then((module) => module.de),
  es: () => import('ecwid-contact-card/locales/es').then((module) => module.es),
  fr: () => import('ecwid-contact-card/locales/fr').then((module) => module.fr),
  it: () => import('ecwid-contact-card/locales/it').then((module) => module.it),
  nl: () => import('ecwid-contact-card/locales/nl').then((module) => module.nl),
  pl: () => import('ecwid-contact-card/locales/pl').then((module) => module.pl),
  pt: () => import('ecwid-contact-card/locales/pt').then((module) => module.pt),
  ru: () => import('ecwid-contact-card/locales/ru').then((module) => module.ru),
};

/** The card and list strings for the admin's language (`lang` in the payload, e.g. "de" or "pt_BR"). */
export async function loadAdminLabels(lang: string): Promise<CustomerContactsLabels | undefined> {
  const language = lang.toLowerCase().split(/[-_]/)[0] ?? '';
  return loaders[language]?.();
}
