import type { StorybookConfig } from '@storybook/react-vite';
import type { PluginOption } from 'vite';

// Plugins of the library build (vite.config.ts): declaration bundling and the CSS/banner steps of
// dist/ cost seconds in every Storybook build and produce nothing the static site uses.
const LIBRARY_BUILD_PLUGIN = /^(ecwid-contact-card:|unplugin-dts|vite:dts)/;

function isLibraryBuildPlugin(plugin: PluginOption): boolean {
  return (
    typeof plugin === 'object' &&
    plugin !== null &&
    'name' in plugin &&
    typeof plugin.name === 'string' &&
    LIBRARY_BUILD_PLUGIN.test(plugin.name)
  );
}

const config: StorybookConfig = {
  stories: ['../stories/**/*.mdx', '../stories/**/*.stories.@(ts|tsx)'],
  addons: [
    '@storybook/addon-docs',
    '@storybook/addon-a11y',
    '@storybook/addon-vitest',
    'msw-storybook-addon',
  ],
  framework: { name: '@storybook/react-vite', options: {} },
  // The MSW worker lives in public/ so that the static build serves it next to iframe.html.
  staticDirs: ['../public'],
  core: { disableTelemetry: true },
  typescript: { reactDocgen: 'react-docgen-typescript' },
  // Storybook reuses vite.config.ts (it keeps its plugins, not its `build`): drop the library-only plugins.
  viteFinal: (viteConfig) => ({
    ...viteConfig,
    plugins: (viteConfig.plugins ?? []).flat(Infinity as 1).filter((plugin) => !isLibraryBuildPlugin(plugin)),
  }),
};

export default config;
