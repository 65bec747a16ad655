import type { ContactCardLabelsOverride } from '../src/components';

/** Locales offered in the toolbar, with the labels a host would import for each. */
export const storyLocales: Record<string, { title: string; labels?: ContactCardLabelsOverride }> = {
  en: { title: 'English' },
};
