import { fileURLToPath } from 'node:url';
import { createServer } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { readDataDir } from './validateBundledDataPlugin.ts';

const ROOT = '<div id="root"></div>';

/**
 * Puts the dashboard's first view, rendered from data/ at build time in both
 * languages, into index.html. Each sits in an inert wrapper: visible at once,
 * not clickable until the app replaces it with the live dashboard. Only the
 * web build: the one-file edition stays one file with no extra script.
 */
export function prerenderPlugin(dataDir = 'data'): Plugin {
  return {
    name: 'prerender-dashboard',
    apply: 'build',
    transformIndexHtml: {
      order: 'pre',
      async handler(html) {
        if (!html.includes(ROOT)) return html;
        // A throwaway Vite server in SSR mode transforms the app's TSX for node.
        const server = await createServer({
          configFile: false,
          logLevel: 'error',
          plugins: [react()],
          server: { middlewareMode: true, hmr: false, ws: false },
          appType: 'custom',
          optimizeDeps: { noDiscovery: true, include: [] },
          resolve: {
            // No service worker at build time; the update banner just stays hidden.
            alias: {
              'virtual:pwa-register': fileURLToPath(
                new URL('../src/app/pwaRegisterStub.ts', import.meta.url),
              ),
            },
          },
        });
        try {
          const module = (await server.ssrLoadModule('/src/prerender/prerenderDashboard.tsx')) as {
            prerenderDashboard: (texts: ReturnType<typeof readDataDir>, locale: string) => string;
          };
          const texts = readDataDir(dataDir);
          // Both languages; public/boot.js shows the reader's before the first paint.
          const views = ['en', 'id']
            .map((locale) => {
              const markup = module.prerenderDashboard(texts, locale);
              return `<div class="prerendered" lang="${locale}" inert>${markup}</div>`;
            })
            .join('');
          return html
            .replace(ROOT, `<div id="root">${views}</div>`)
            .replace('</head>', '  <script src="./boot.js" vite-ignore></script>\n  </head>');
        } finally {
          await server.close();
        }
      },
    },
  };
}
