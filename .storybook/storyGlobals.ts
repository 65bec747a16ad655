/** Toolbar globals of this Storybook: colour theme, writing direction and locale. */
export type StoryTheme = 'light' | 'dark';
export type StoryDirection = 'ltr' | 'rtl';

export const PHONE_VIEWPORT = 'phone320';

/** A 320 px wide phone: the narrowest screen the Ecwid admin app iframe is used on. */
export const storyViewports = {
  [PHONE_VIEWPORT]: {
    name: 'Phone in the admin (320 px)',
    styles: { width: '320px', height: '568px' },
    type: 'mobile',
  },
  tablet: {
    name: 'Tablet (834 px)',
    styles: { width: '834px', height: '1112px' },
    type: 'tablet',
  },
} as const;
