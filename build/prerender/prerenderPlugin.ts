import { fileURLToPath } from 'node:url';
import { JSDOM } from 'jsdom';
import { createServer } from 'vite';
import type { Plugin } from 'vite';
import react from '@vitejs/plugin-react';
import { chartPagePath, pagePath } from '../../src/state/pagePath.ts';
import { CHART_IDS } from '../../src/domain/chartModel.ts';
import type { DatasetTypes } from '../../src/domain/bundle.ts';
import type { PageKind, PageSpec, PrerenderedPage } from '../../src/prerender/prerenderPages.tsx';
import type { Locale } from '../../src/i18n/locales.ts';
import { buildAllDatasets, bundledDataPlugin, readDataDir } from '../bundledDataPlugin.ts';
import { BOOT_SCRIPT } from '../contentSecurityPolicy.ts';
import { embedViews } from '../../src/prerender/embedViews.ts';
import type { EmbedView } from '../../src/prerender/embedViews.ts';
import { createSharing } from './sharing.ts';
import { ONE_FILE_PATH } from '../../src/app/oneFilePath.ts';

/**
 * Where each page lives in dist/, and the way back to the app's root from
 * there. An embed view other than the default has a page in embed/<chart>/
 * (the boot script, src/boot/, sends a link with that view's parameters there).
 */
export function pageFile(page: PageKind): { fileName: string; base: string } {
  const path =
    page.kind === 'embed'
      ? pagePath(page.locale, page.chart, page.view?.slug)
      : pagePath(page.locale);
  const fileName = path === '' || path.endsWith('/') ? `${path}index.html` : path;
  const depth = fileName.split('/').length - 1;
  return { fileName, base: depth === 0 ? './' : '../'.repeat(depth) };
}

export function allPages(datasets: DatasetTypes): PageSpec[] {
  const pages: PageSpec[] = [];
  for (const locale of ['en', 'id'] as const satisfies readonly Locale[]) {
    pages.push({ kind: 'dashboard', locale, base: pageFile({ kind: 'dashboard', locale }).base });
    for (const chart of CHART_IDS)
      for (const view of [undefined, ...embedViews(datasets, chart)]) {
        const page: PageKind = view
          ? { kind: 'embed', chart, locale, view }
          : { kind: 'embed', chart, locale };
        pages.push({ ...page, base: pageFile(page).base });
      }
  }
  return pages;
}

/** An embed page's views: the one it draws, and the pages of the others (for the boot script). */
function viewAttributes(page: PageSpec, views: readonly EmbedView[]): string {
  if (page.kind !== 'embed') return '';
  const own = page.view ? ` data-view="${page.view.slug}"` : '';
  return `${own} data-views="${views.map((view) => view.slug).join(' ')}"`;
}

function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

/**
 * A chart page is the dashboard's markup at another depth: the footer's links to files at the
 * app's root start from this page's data-base (as the app, hydrating, computes them).
 */
export function rebaseFooterLinks(markup: string, from: string, to: string): string {
  let html = markup;
  for (const target of ['data/datapackage.json', ONE_FILE_PATH, 'LICENSE.txt'])
    html = html.split(`href="${from}${target}"`).join(`href="${to}${target}"`);
  return html;
}

/** Runs `work` with a jsdom window as the global DOM (Recharts draws through react-dom/client). */
async function withDom<T>(work: () => Promise<T>): Promise<T> {
  const dom = new JSDOM('<!doctype html><html><body></body></html>', {
    pretendToBeVisual: true,
    url: 'http://localhost/',
  });
  const global = globalThis as Record<string, unknown>;
  const added: string[] = [];
  const saved = new Map<string, PropertyDescriptor | undefined>();
  const define = (key: string, value: unknown) => {
    saved.set(key, Object.getOwnPropertyDescriptor(globalThis, key));
    Object.defineProperty(globalThis, key, { value, configurable: true, writable: true });
    added.push(key);
  };
  define('window', dom.window);
  define('document', dom.window.document);
  define('navigator', dom.window.navigator);
  for (const key of Object.getOwnPropertyNames(dom.window))
    if (
      !(key in global) &&
      /^[A-Z]|^(getComputedStyle|requestAnimationFrame|cancelAnimationFrame)$/.test(key)
    )
      define(key, (dom.window as unknown as Record<string, unknown>)[key]);
  try {
    return await work();
  } finally {
    // Let React's scheduler finish what it queued (it reads `window`) before the DOM goes.
    await new Promise((resolve) => setTimeout(resolve, 100));
    for (const key of added) {
      const descriptor = saved.get(key);
      if (descriptor) Object.defineProperty(globalThis, key, descriptor);
      else delete global[key];
    }
    dom.window.close();
  }
}

/** The built index.html made into one page: its language, title, markup and asset paths. */
function fillTemplate(
  template: string,
  page: PageSpec,
  rendered: PrerenderedPage,
  options: {
    publicUrl: string | undefined;
    views: readonly EmbedView[];
    /** The data version now: boot.js starts the app at once for a link made with older data. */
    dataVersion: number | undefined;
    /** Where this page is in each language, when not the dashboard's or an embed's own page. */
    alternatePath?: (locale: Locale) => string;
  },
): string {
  const { base } = page;
  const key = page.kind === 'dashboard' ? 'dashboard' : `embed:${page.chart}`;
  let html = template
    .replace(
      /<html lang="[^"]*">/,
      `<html lang="${page.locale}" data-base="${base}"${options.dataVersion === undefined ? '' : ` data-version="${options.dataVersion}"`}${page.kind === 'embed' ? ` data-chart="${page.chart}"` : ''}${viewAttributes(page, options.views)}>`,
    )
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(rendered.title)}</title>`)
    .replace(
      /<meta\s+name="description"\s+content="[^"]*"\s*\/?>/,
      `<meta name="description" content="${escapeHtml(rendered.description)}" />`,
    )
    .replace(/(href|src)="\.\//g, `$1="${base}`)
    .replace(/<noscript>[\s\S]*?<\/noscript>\s*/, '')
    .replace(
      '<div id="root"></div>',
      `<div id="root" data-prerendered="${key}"${page.kind === 'embed' && page.view ? ` data-view-query="${escapeHtml(page.view.query)}"` : ''}>${rendered.markup}</div>`,
    );
  const paths = (['en', 'id'] as const).map((locale) => {
    const { fileName } = pageFile(
      page.kind === 'dashboard'
        ? { kind: 'dashboard', locale }
        : { kind: 'embed', chart: page.chart, locale, ...(page.view ? { view: page.view } : {}) },
    );
    const path = options.alternatePath?.(locale) ?? fileName.replace(/index\.html$/, '');
    const href = options.publicUrl ? `${options.publicUrl}${path}` : `${base}${path}`;
    return { locale, href: href || './' };
  });
  const alternates = [
    ...paths.map(
      ({ locale, href }) =>
        `<link rel="alternate" hreflang="${locale}" href="${escapeHtml(href)}" />`,
    ),
    `<link rel="alternate" hreflang="x-default" href="${escapeHtml(paths[0]!.href)}" />`,
    // The page's own address, for search engines (only an absolute address is a canonical one).
    ...(options.publicUrl
      ? [
          `<link rel="canonical" href="${escapeHtml(paths.find(({ locale }) => locale === page.locale)!.href)}" />`,
        ]
      : []),
  ];
  // The page paints from HTML and CSS: the app loads on first use, started by the inline boot script.
  const entry = /<script type="module" crossorigin src="([^"]+)"><\/script>\s*/.exec(html)?.[1];
  html = html
    .replace(/<script type="module"[^>]*><\/script>\s*/g, '')
    .replace(/<link rel="modulepreload"[^>]*>\s*/g, '')
    // A function, not a string: `$` in the minified script is not a replacement pattern.
    .replace(
      '</head>',
      () => `  <script data-entry="${entry ?? ''}">${BOOT_SCRIPT}</script>\n  </head>`,
    );
  return html.replace('</head>', `  ${alternates.join('\n    ')}\n  </head>`);
}

/**
 * Writes one prerendered page per language for the dashboard and for each
 * embeddable chart, from the built datasets, with the charts drawn in: the
 * page paints complete before any JavaScript runs, and the app hydrates it.
 * Only the web build: the one-file edition stays one file and renders live.
 */
export function prerenderPlugin(dataDir = 'data'): Plugin {
  return {
    name: 'prerender-pages',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const index = bundle['index.html'];
      if (!index || index.type !== 'asset') return;
      const template = String(index.source);
      const built = buildAllDatasets(readDataDir(dataDir));
      if (!built.ok) this.error(built.problems.join('\n'));
      const datasets: DatasetTypes = built.datasets;
      const dataVersion = datasets.changes.versions.at(-1)?.version;
      const publicUrl = process.env.VITE_PUBLIC_URL
        ? process.env.VITE_PUBLIC_URL.replace(/\/?$/, '/')
        : undefined;
      // A throwaway Vite server in SSR mode transforms the app's TSX for node.
      const server = await createServer({
        configFile: false,
        logLevel: 'error',
        plugins: [react(), bundledDataPlugin(dataDir)],
        server: { middlewareMode: true, hmr: false, ws: false },
        appType: 'custom',
        optimizeDeps: { noDiscovery: true, include: [] },
        resolve: {
          alias: {
            'virtual:pwa-register': fileURLToPath(
              new URL('../../src/app/pwaRegisterStub.ts', import.meta.url),
            ),
          },
        },
      });
      try {
        const sharing = createSharing(datasets, publicUrl);
        const drawn = await withDom(async () => {
          const module = (await server.ssrLoadModule('/src/prerender/prerenderPages.tsx')) as {
            prerenderPage: (datasets: DatasetTypes, page: PageSpec) => Promise<PrerenderedPage>;
          };
          const dashboards: Partial<Record<Locale, PrerenderedPage>> = {};
          for (const page of allPages(datasets)) {
            const rendered = await module.prerenderPage(datasets, page);
            if (page.kind === 'dashboard') dashboards[page.locale] = rendered;
            const views = page.kind === 'embed' ? embedViews(datasets, page.chart) : [];
            const { fileName } = pageFile(page);
            const html = sharing.decorate(
              fillTemplate(template, page, rendered, { publicUrl, views, dataVersion }),
              page,
              fileName.replace(/index\.html$/, ''),
            );
            if (fileName === 'index.html') index.source = html;
            else this.emitFile({ type: 'asset', fileName, source: html });
          }
          return { dashboards, files: await sharing.draw(server) };
        });
        // Each chart's shareable page: the dashboard with that chart's preview, opened at the chart.
        for (const page of sharing.chartPages()) {
          const dashboard = drawn.dashboards[page.locale];
          if (!dashboard) continue;
          const html = fillTemplate(
            template,
            { kind: 'dashboard', locale: page.locale, base: page.base },
            {
              ...dashboard,
              ...sharing.pageText(page),
              markup: rebaseFooterLinks(
                dashboard.markup,
                pageFile({ kind: 'dashboard', locale: page.locale }).base,
                page.base,
              ),
            },
            {
              publicUrl,
              views: [],
              dataVersion,
              alternatePath: (locale) => chartPagePath(locale, page.chart),
            },
          );
          this.emitFile({
            type: 'asset',
            fileName: page.fileName,
            source: sharing.decorate(html, page, page.fileName),
          });
        }
        for (const file of drawn.files) this.emitFile({ type: 'asset', ...file });
      } finally {
        await server.close();
      }
    },
  };
}
