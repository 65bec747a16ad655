import type { ContactCardLabelsOverride } from '../src/components';
import { de } from '../src/locales/de';
import { es } from '../src/locales/es';
import { fr } from '../src/locales/fr';
import { it } from '../src/locales/it';
import { nl } from '../src/locales/nl';
import { pl } from '../src/locales/pl';
import { pt } from '../src/locales/pt';
import { ru } from '../src/locales/ru';

/** Locales offered in the toolbar, with the labels a host would import for each. */
export const storyLocales: Record<string, { title: string; labels?: ContactCardLabelsOverride }> = {
  en: { title: 'English' },
  de: { title: 'Deutsch', labels: de },
  fr: { title: 'Français', labels: fr },
  es: { title: 'Español', labels: es },
  it: { title: 'Italiano', labels: it },
  pt: { title: 'Português', labels: pt },
  nl: { title: 'Nederlands', labels: nl },
  pl: { title: 'Polski', labels: pl },
  ru: { title: 'Русский', labels: ru },
};
