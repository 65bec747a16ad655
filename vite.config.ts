/// <reference types="vitest/config" />
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { storybookTest } from '@storybook/addon-vitest/vitest-plugin';
import react from '@vitejs/plugin-react';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type PluginOption, type UserConfig } from 'vite';
import dts from 'vite-plugin-dts';
import { CHROMIUM_ARGS, findChromium } from './scripts/chromium.mjs';
import { cssBundlePlugin } from './scripts/cssBundlePlugin.ts';
import { localeTypesPlugin } from './scripts/localeTypesPlugin.ts';

const dirname = path.dirname(fileURLToPath(import.meta.url));

// Every file in src/locales is its own entry, so an app pays only for the locales it imports.
const localesDir = path.join(dirname, 'src/locales');
const localeEntries = Object.fromEntries(
  (existsSync(localesDir) ? readdirSync(localesDir) : [])
    .filter((file) => /^[a-z]{2}(-[A-Z]{2})?\.ts$/.test(file))
    .map((file) => [`locales/${file.replace(/\.ts$/, '')}`, path.join(localesDir, file)]),
);

// Peers and runtime dependencies stay imports in dist/: the host owns one copy of each.
const external = [
  /^react($|\/)/,
  /^react-dom($|\/)/,
  /^@tanstack\/react-query($|\/)/,
  /^@radix-ui\//,
  /^@tabler\/icons-react($|\/)/,
];

/** The page size of a visual test, unless the story picks one of the Storybook viewports. */
const VISUAL_VIEWPORT = { width: 480, height: 800 };

/** The browser page around the test's iframe: room for the largest Storybook viewport (834 × 1112). */
const VISUAL_PAGE = { width: 1280, height: 1200 };

/**
 * How different a screenshot may be from its baseline. Reruns on one machine render the same pixels;
 * the allowance only absorbs anti-aliasing noise, far below what a changed text, colour or layout moves.
 */
const VISUAL_COMPARISON = { threshold: 0.1, allowedMismatchedPixelRatio: 0.001 };

function browserOptions(executablePath: string | undefined, pageSize?: { width: number; height: number }) {
  return {
    enabled: true,
    headless: true,
    provider: playwright({
      launchOptions: { executablePath, args: CHROMIUM_ARGS },
      // Vitest scales the test's iframe down when the page around it is smaller than the viewport.
      ...(pageSize ? { contextOptions: { viewport: pageSize } } : {}),
    }),
    instances: [{ browser: 'chromium' as const }],
  };
}

export default defineConfig(async ({ command, mode }): Promise<UserConfig> => {
  const isLibraryBuild = command === 'build' && mode !== 'storybook';
  const chromium = mode === 'test' ? await findChromium() : null;
  const plugins: PluginOption[] = [react()];
  if (isLibraryBuild) {
    plugins.push(
      cssBundlePlugin({
        source: path.join(dirname, 'src/components/styles.css'),
        fileBase: 'styles',
        layer: 'ecwid-contact-card',
      }),
      // Only hosts that show <CustomerContacts> load its rules, so a card-only host's CSS stays as it was.
      cssBundlePlugin({
        source: path.join(dirname, 'src/components/customerContacts.css'),
        fileBase: 'customer-contacts',
        layer: 'ecwid-contact-card',
      }),
      // One bundled .d.ts per code entry (API Extractor); locales get theirs from localeTypesPlugin.
      dts({
        tsconfigPath: './tsconfig.build.json',
        bundleTypes: true,
        exclude: ['src/locales/**', 'node_modules/**'],
      }),
      localeTypesPlugin({ entries: localeEntries, labelsType: 'CustomerContactsLabels' }),
    );
  }

  return {
    plugins,
    // public/ holds the MSW worker for Storybook only; it must never reach dist/.
    publicDir: false,
    build: {
      sourcemap: true,
      // Readable ESM with real names, as TanStack Query and Radix ship it: React DevTools and
      // component stacks show `EcwidProvider`, not `P`. The host's bundler minifies, so what a
      // host ships is no larger (the bench and size-limit measure after that minification).
      minify: isLibraryBuild ? false : undefined,
      emptyOutDir: true,
      lib: {
        entry: {
          index: path.join(dirname, 'src/index.ts'),
          server: path.join(dirname, 'src/server.ts'),
          ...localeEntries,
        },
        formats: ['es'],
      },
      rolldownOptions: {
        external,
        // One file per source module, as TanStack Query ships: each keeps its own "use client", and
        // a host's bundler drops whole modules the host does not import (package.json sideEffects),
        // even where a module's top level is more than a bundler can prove side-effect free.
        output: {
          entryFileNames: '[name].js',
          preserveModules: true,
          preserveModulesRoot: 'src',
          minifyInternalExports: false,
        },
      },
    },
    test: {
      globals: true,
      projects: [
        {
          extends: true,
          test: {
            name: 'unit',
            environment: 'jsdom',
            include: ['test/**/*.test.{ts,tsx}'],
            exclude: [
              'test/**/*.browser.test.{ts,tsx}',
              'test/visual/**',
              'test/consumers/**',
              'test/package/**',
              'node_modules/**',
            ],
            setupFiles: ['test/setup.unit.ts'],
          },
        },
        {
          // Runs after `vite build`: checks what ships in dist/ and drives the example app in
          // Chromium. Plain Node, no DOM and no MSW, so nothing here can mask a packaging bug.
          extends: true,
          test: {
            name: 'package',
            environment: 'node',
            include: ['test/package/**/*.test.ts'],
            testTimeout: 60_000,
            hookTimeout: 120_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            include: ['test/**/*.browser.test.{ts,tsx}'],
            exclude: ['test/consumers/**', 'test/package/**', 'node_modules/**'],
            setupFiles: ['test/setup.browser.ts'],
            browser: browserOptions(chromium?.path),
          },
        },
        {
          extends: true,
          plugins: [storybookTest({ configDir: path.join(dirname, '.storybook') })],
          test: {
            name: 'browser:stories',
            browser: browserOptions(chromium?.path),
          },
        },
        {
          // Every story screenshot-tested against the baselines committed in test/visual/baselines/.
          // A missing baseline fails the test (and under CI is written only to .vitest-attachments/);
          // `npm run test:visual:update` rewrites them all.
          extends: true,
          // The preview's MSW loader registers public/mockServiceWorker.js, as Storybook serves it.
          publicDir: path.join(dirname, 'public'),
          test: {
            name: 'browser:visual',
            include: ['test/visual/**/*.visual.test.tsx'],
            browser: {
              ...browserOptions(chromium?.path, VISUAL_PAGE),
              viewport: VISUAL_VIEWPORT,
              expect: {
                toMatchScreenshot: {
                  comparatorName: 'pixelmatch',
                  comparatorOptions: VISUAL_COMPARISON,
                  resolveScreenshotPath: ({ root, arg, browserName, platform, ext }) =>
                    path.join(root, 'test/visual/baselines', `${arg}-${browserName}-${platform}${ext}`),
                },
              },
            },
          },
        },
      ],
    },
  };
});
