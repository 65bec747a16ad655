import type { Decorator, Preview } from '@storybook/react-vite';
import { mswLoader } from 'msw-storybook-addon/csf3';
import { setupWorker } from 'msw/browser';
import { handlers } from '../test/mocks/handlers';
import { resetMockStore } from '../test/mocks/mockStore';
import { StoryProviders } from './StoryProviders';
import type { StoryDirection, StoryTheme } from './storyGlobals';
import { storyViewports } from './storyGlobals';
import { storyLocales } from './storyLocales';
import type { StoryQueryDefaults } from './storyQueryClient';
import type { EcwidClientOptions } from '../src/api';
import '../src/components/styles.css';
import './preview.css';

/**
 * Starts the MSW worker from a URL relative to the Storybook base, so a static build works from any
 * folder of any static file server, not only from a domain root.
 */
async function startMockEcwidApi() {
  const worker = setupWorker();
  await worker.start({
    quiet: true,
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
    // Storybook's own modules and assets pass through; only an unmocked API call is worth a warning.
    onUnhandledRequest(request, print) {
      if (new URL(request.url).origin === 'https://app.ecwid.com') print.warning();
    },
  });
  return worker;
}

/**
 * Applies the toolbar globals and wraps the story in the providers a host app gives. The globals go
 * on a wrapper element (so each story on a docs page keeps its own theme and direction) and, on a
 * story's own page, on <html> too, so the whole canvas follows. Stories with
 * `parameters.localeArgs` get the toolbar's locale and its labels as args, unless they set their own.
 */
const withHostApp: Decorator = (Story, context) => {
  const theme = context.globals.theme as StoryTheme;
  const direction = context.globals.direction as StoryDirection;
  const locale = context.globals.locale as string;
  if (context.viewMode === 'story') {
    const root = document.documentElement;
    root.dataset.theme = theme;
    root.dir = direction;
    root.lang = locale;
  }

  const localeArgs = context.parameters.localeArgs ? { locale, labels: storyLocales[locale]?.labels } : {};
  return (
    <div className="sb-theme-root" data-theme={theme} dir={direction} lang={locale}>
      <StoryProviders
        key={context.id}
        queryDefaults={context.parameters.queryClient as StoryQueryDefaults | undefined}
        clientOptions={context.parameters.ecwidClient as Partial<EcwidClientOptions> | undefined}
      >
        <Story args={{ ...localeArgs, ...context.args }} />
      </StoryProviders>
    </div>
  );
};

const preview: Preview = {
  loaders: [mswLoader(startMockEcwidApi)],
  // Every story starts on the default mock store; a story's own beforeEach adds overrides on top.
  beforeEach({ msw }) {
    resetMockStore();
    msw.use(...handlers);
  },
  decorators: [withHostApp],
  globalTypes: {
    theme: {
      description: 'Colour theme ([data-theme] on <html>)',
      toolbar: {
        title: 'Theme',
        icon: 'mirror',
        items: [
          { value: 'light', title: 'Light' },
          { value: 'dark', title: 'Dark' },
        ],
        dynamicTitle: true,
      },
    },
    direction: {
      description: 'Writing direction (dir on <html>)',
      toolbar: {
        title: 'Direction',
        icon: 'transfer',
        items: [
          { value: 'ltr', title: 'Left to right' },
          { value: 'rtl', title: 'Right to left' },
        ],
        dynamicTitle: true,
      },
    },
    locale: {
      description: 'Locale of the cards (locale and labels props)',
      toolbar: {
        title: 'Locale',
        icon: 'globe',
        items: Object.entries(storyLocales).map(([value, { title }]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { theme: 'light', direction: 'ltr', locale: 'en' },
  parameters: {
    layout: 'padded',
    controls: { expanded: true },
    viewport: { options: storyViewports },
    // Every story is an accessibility test: a violation fails `npm test`.
    a11y: { test: 'error' },
  },
  tags: ['autodocs'],
};

export default preview;
