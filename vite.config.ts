/// <reference types="vitest/config" />
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { bundledDataPlugin } from './build/bundledDataPlugin.ts';
import { citationDataPlugin } from './build/citationDataPlugin.ts';
import { dataPackagePlugin } from './build/dataPackagePlugin.ts';
import { colorTokensPlugin } from './build/colorTokensPlugin.ts';
import { COLOR_TOKENS } from './src/components/charts/palette.ts';
import { contentSecurityPolicyPlugin } from './build/contentSecurityPolicy.ts';
import { securityHeadersPlugin } from './build/securityHeaders.ts';
import { singleFilePolicyPlugin } from './build/singleFilePolicy.ts';
import { singleFileSharingPlugin } from './build/prerender/sharing.ts';
import { prerenderPlugin } from './build/prerender/prerenderPlugin.ts';
import { changesPagePlugin } from './build/prerender/changesPagePlugin.ts';
import { seoPlugin } from './build/prerender/seoPlugin.ts';

/**
 * Two editions from one code base:
 *   vite build                  dist/: the web app, precached by a service worker for offline use
 *   vite build --mode single    dist-single/index.html: one self-contained file for file:// and USB sticks,
 *                               no service worker, no request
 */
const noFetch = fileURLToPath(new URL('./src/features/citation/noFetch.ts', import.meta.url));

export default defineConfig(({ mode, command }) => {
  const single = mode === 'single';
  // The web build writes a prerendered page per language and per embeddable chart.
  process.env.VITE_PRERENDERED_PAGES = String(command === 'build' && !single);
  // The web build offers the one-file edition for download when it has been built (npm run
  // build:single first); the footer links it only then.
  process.env.VITE_ONE_FILE = String(
    command === 'build' && !single && existsSync('dist-single/index.html'),
  );
  return {
    // Relative asset URLs: the same build works at any path and from file://.
    base: './',
    plugins: [
      react(),
      bundledDataPlugin(),
      colorTokensPlugin(),
      citationDataPlugin(),
      ...(single
        ? []
        : [
            prerenderPlugin(),
            changesPagePlugin(),
            contentSecurityPolicyPlugin(),
            dataPackagePlugin(),
          ]),
      // `vite preview` (npm start) sends the headers a production host should.
      securityHeadersPlugin(),
      // robots.txt, sitemap.xml, 404.html; `vite preview` answers unknown paths 404 (after the headers).
      ...(single ? [] : [seoPlugin()]),
      single
        ? [
            viteSingleFile({ removeViteModuleLoader: true }),
            singleFileSharingPlugin(),
            singleFilePolicyPlugin(),
          ]
        : VitePWA({
            registerType: 'prompt',
            injectRegister: false,
            manifest: {
              name: "Indonesia's manufacturing exports",
              short_name: 'IDN exports',
              description: 'Indonesia’s manufacturing exports by sector and the manufacturing PMI.',
              lang: 'en',
              start_url: './',
              scope: './',
              display: 'standalone',
              background_color: COLOR_TOKENS.light['--bg'],
              theme_color: COLOR_TOKENS.light['--accent'],
              icons: [{ src: 'icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' }],
            },
            workbox: {
              // Every asset and data chunk, so the whole dashboard works offline after one visit.
              globPatterns: ['**/*.{js,css,html,svg,webmanifest}'],
              // Not the embed pages of other views (hundreds): offline, a link to one reaches the
              // chart's page (embed/<chart>.html), which draws it live. The chart pages (the
              // dashboard opened at a chart, six of them) are, so a shared chart link opens offline
              // after any visit; not the link preview PNGs or the oEmbed answers (for crawlers and
              // CMSs), nor the 404 page.
              globIgnores: ['**/embed/*/*.html', '404.html', 'downloads/**'],
              runtimeCaching: [
                {
                  urlPattern: ({ request, url }) =>
                    request.mode === 'navigate' && /\/chart\/[^/]+\.html$/.test(url.pathname),
                  handler: 'NetworkFirst',
                  options: { cacheName: 'chart-pages' },
                },
              ],
              cleanupOutdatedCaches: true,
              // An embed is never answered with the cached dashboard page: its response would carry the
              // dashboard's headers (frame-ancestors 'none'), and the embed preview would be refused.
              // Nor is an embed view's own page (embed/<chart>/<view>.html, not precached): it
              // comes from the network with its embed headers.
              // A chart page is not the dashboard page either (its assets sit at ../): see runtimeCaching.
              // Workbox tests these against the path and the query.
              navigateFallbackDenylist: [
                /[?&]embed=/,
                /\/embed\/[^/]+\//,
                /\/chart\/[^/?]+\.html(\?|$)/,
              ],
              // A page is the same page whatever view its query asks for (./?period=2018 is ./),
              // except an old ?embed= link, which must reach the network and its embed headers.
              ignoreURLParametersMatching: [/^(?!embed$).+/],
              // One version at a time: the new worker waits until the reader chooses to reload.
              skipWaiting: false,
              // The first worker takes charge of the page that installed it (a first visit is then
              // offline-ready without a reload). It never replaces a running version: an update
              // still waits in `waiting` until the reader chooses to reload.
              clientsClaim: true,
            },
          }),
    ],
    resolve: {
      alias: {
        // citation-js's network code: never used (citations are made from data the app holds).
        'node-fetch': noFetch,
        'sync-fetch': noFetch,
        ...(single
          ? {
              'virtual:pwa-register': fileURLToPath(
                new URL('./src/app/pwaRegisterStub.ts', import.meta.url),
              ),
            }
          : {}),
      },
    },
    build: {
      target: 'es2022',
      sourcemap: false,
      outDir: single ? 'dist-single' : 'dist',
      chunkSizeWarningLimit: 700,
    },
    test: {
      // Pure tests run in Node; a file that needs a DOM declares `// @vitest-environment jsdom`.
      environment: 'node',
      setupFiles: ['tests/setup.ts'],
      include: ['tests/unit/**/*.test.{ts,tsx}', 'tests/component/**/*.test.{ts,tsx}'],
      css: false,
      // Shared two-core machines: a component test's first render (module import included) can take
      // seconds under load; the assertions, not the clock, decide.
      testTimeout: 20_000,
    },
  };
});
