import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import reactHooks from 'eslint-plugin-react-hooks';
import storybook from 'eslint-plugin-storybook';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'dist/',
      'storybook-static/',
      'coverage/',
      'public/mockServiceWorker.js',
      'test/consumers/*/node_modules/',
      'test/consumers/*/dist/',
      'test/consumers/*/.next/',
      'bench/.tmp/',
      '!.storybook',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  reactHooks.configs.flat['recommended-latest'] ?? reactHooks.configs.flat.recommended,
  ...storybook.configs['flat/recommended'],
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // Layers go one way: api knows nothing of React, query knows nothing of the DOM or UI.
    files: ['src/api/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            'react',
            'react-dom',
            '@tanstack/*',
            '@radix-ui/*',
            '@tabler/*',
            '../query/*',
            '../components/*',
          ],
        },
      ],
    },
  },
  {
    files: ['src/query/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react-dom', '@radix-ui/*', '@tabler/*', '../components/*'] },
      ],
    },
  },
  {
    files: ['src/components/**'],
    rules: {
      'no-restricted-globals': [
        'error',
        { name: 'fetch', message: 'Components never fetch: use the query layer.' },
      ],
    },
  },
);
