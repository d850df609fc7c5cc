import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import boundaries from 'eslint-plugin-boundaries';

/**
 * The folders of src/ and which folders each may import (README, "Architecture"):
 * features → state → domain; components → i18n, lib, domain (never the store); i18n → domain;
 * state → i18n for the Locale type; app/, prerender/ (the build's pages) and main.tsx →
 * everything; boot/ (the inline first-paint script) → the pure modules it shares with the app,
 * never React or the app's packages; domain and lib → nothing but themselves. Checked by boundaries/dependencies below, proven by
 * tests/unit/boundaries.test.ts.
 */
export const LAYERS = {
  domain: [],
  lib: [],
  i18n: ['domain', 'lib'],
  components: ['i18n', 'lib', 'domain'],
  state: ['domain', 'i18n', 'lib'],
  features: ['state', 'components', 'i18n', 'lib', 'domain'],
  app: ['features', 'state', 'components', 'i18n', 'lib', 'domain'],
  prerender: ['app', 'features', 'state', 'components', 'i18n', 'lib', 'domain'],
  entry: ['app', 'features', 'state', 'components', 'i18n', 'lib', 'domain'],
  boot: ['prerender', 'features', 'state', 'i18n', 'lib', 'domain'],
};
/** Packages a layer may not import: domain runs in a worker and in Node; components never read the store. */
const FORBIDDEN_PACKAGES = {
  domain: [
    'react',
    'react/*',
    'react-dom',
    'react-dom/*',
    'recharts',
    'zustand',
    'zustand/*',
    'idb-keyval',
  ],
  lib: ['zustand', 'zustand/*'],
  i18n: ['zustand', 'zustand/*', 'recharts'],
  components: ['zustand', 'zustand/*'],
  // Inlined in every page's head: a few kilobytes of plain DOM code, no package at all.
  boot: ['*', '@*/*'],
};

export default tseslint.config(
  { ignores: ['dist', 'dist-single', 'node_modules', 'test-results', 'playwright-report'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-eval': 'error',
      'no-implied-eval': 'error',
      'no-new-func': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { boundaries },
    settings: {
      'boundaries/elements': [
        ...Object.keys(LAYERS)
          .filter((layer) => layer !== 'entry')
          .map((layer) => ({ type: layer, pattern: `src/${layer}` })),
        // main.tsx and the declarations of virtual modules, directly in src/.
        { type: 'entry', pattern: 'src' },
      ],
      'boundaries/dependency-nodes': ['import', 'export', 'dynamic-import'],
    },
    rules: {
      'boundaries/dependencies': [
        'error',
        {
          default: 'disallow',
          checkAllOrigins: true,
          policies: [
            // Packages and Node's own modules: allowed unless a layer forbids them below.
            { allow: { to: { module: { origin: ['external', 'core'] } } } },
            ...Object.entries(LAYERS).map(([layer, allowed]) => ({
              from: { element: { type: layer } },
              allow: { to: { element: { types: { anyOf: [layer, ...allowed] } } } },
            })),
            ...Object.entries(FORBIDDEN_PACKAGES).map(([layer, packages]) => ({
              from: { element: { type: layer } },
              disallow: { to: { module: { origin: 'external', source: packages } } },
            })),
          ],
        },
      ],
      'boundaries/no-unknown-files': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs}'],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
);
