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
 * tests/unit/project/boundaries.test.ts.
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
/**
 * The roles inside features/csv-import/ and which roles each may import, besides everything a
 * feature may: the panel (ui) drives the flow, the flow keeps datasets (storage) and reads files
 * (worker); storage and worker never reach up to the flow or the panel.
 */
export const CSV_IMPORT_ROLES = {
  ui: ['flow', 'storage', 'worker'],
  flow: ['storage', 'worker'],
  storage: [],
  worker: [],
};
const roleType = (role) => `csv-import/${role}`;
const ROLE_TYPES = Object.keys(CSV_IMPORT_ROLES).map(roleType);
/** A layer that may import features may import each role of csv-import too. */
const withRoles = (types) =>
  types.flatMap((type) => (type === 'features' ? [type, ...ROLE_TYPES] : [type]));
const NO_REACT = [
  'react',
  'react/*',
  'react-dom',
  'react-dom/*',
  'recharts',
  'zustand',
  'zustand/*',
];
/** Packages a layer may not import: domain runs in a worker and in Node; components never read the store. */
const FORBIDDEN_PACKAGES = {
  domain: [...NO_REACT, 'idb-keyval'],
  lib: ['zustand', 'zustand/*'],
  i18n: ['zustand', 'zustand/*', 'recharts'],
  components: ['zustand', 'zustand/*'],
  // Storage and the worker run without React: storage in tests under Node, the worker off the page.
  [roleType('storage')]: NO_REACT,
  [roleType('worker')]: [...NO_REACT, 'idb-keyval'],
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
        // Before features/: a file of csv-import/ is of its role, not of features at large.
        ...Object.keys(CSV_IMPORT_ROLES).map((role) => ({
          type: roleType(role),
          pattern: `src/features/csv-import/${role}`,
        })),
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
              allow: { to: { element: { types: { anyOf: withRoles([layer, ...allowed]) } } } },
            })),
            ...Object.entries(CSV_IMPORT_ROLES).map(([role, allowed]) => ({
              from: { element: { type: roleType(role) } },
              allow: {
                to: {
                  element: {
                    types: {
                      anyOf: [
                        roleType(role),
                        ...allowed.map(roleType),
                        'features',
                        ...LAYERS.features,
                      ],
                    },
                  },
                },
              },
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
