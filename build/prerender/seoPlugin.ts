import {
  copyFileSync,
  existsSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join, resolve } from 'node:path';
import Papa from 'papaparse';
import type { Plugin, ResolvedConfig } from 'vite';
import { CHART_IDS } from '../../src/domain/chartModel.ts';
import { chartPagePath } from '../../src/state/pagePath.ts';
import type { Locale } from '../../src/i18n/locales.ts';
import { ONE_FILE_PATH } from '../../src/app/oneFilePath.ts';

/**
 * What search engines are told (web build only):
 *   robots.txt   plain text; allows everything, names the sitemap when the public address is known
 *   sitemap.xml  every page a reader may land on, in both languages (hreflang en, id, x-default),
 *                lastmod the newest release date in data/ (written only with a public address:
 *                a sitemap's addresses must be absolute)
 *   404.html     the page a static host (and `npm start`) answers an unknown path with
 * and a `vite preview` middleware that answers unknown paths 404 with that page, as a static
 * host does, instead of the dashboard with 200.
 * Each page's <link rel="canonical"> is written by build/prerender/prerenderPlugin.ts.
 */

/** A page of the sitemap: its path from the app's root in each language ('' is the root). */
export interface SitemapPage {
  path: Record<Locale, string>;
}

/** The file a page path is served from: a folder's index.html, else the path itself. */
export function pageFileOf(path: string): string {
  return path === '' || path.endsWith('/') ? `${path}index.html` : path;
}

/**
 * The pages the sitemap lists when the build wrote them: the dashboard, each chart's page and the
 * "What changed" page. Add a page here; one not in dist/ is left out (so a page still to come
 * costs nothing).
 */
export const SITEMAP_PAGES: readonly SitemapPage[] = [
  { path: { en: '', id: 'id/' } },
  ...CHART_IDS.map((chart) => ({
    path: { en: chartPagePath('en', chart), id: chartPagePath('id', chart) },
  })),
  { path: { en: 'changes/', id: 'id/changes/' } },
  { path: { en: 'changes.html', id: 'id/changes.html' } },
];

const DATE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/**
 * The newest release date in data/: the latest of every `vintage`, `release_date` and
 * `first_release` column (a `first/last` vintage counts by its last). Undefined when none is a date.
 */
export function newestReleaseDate(dataDir: string): string | undefined {
  let newest: string | undefined;
  for (const name of readdirSync(dataDir).filter((file) => file.endsWith('.csv'))) {
    const parsed = Papa.parse<Record<string, string>>(readFileSync(join(dataDir, name), 'utf8'), {
      header: true,
      skipEmptyLines: true,
    });
    for (const row of parsed.data)
      for (const column of ['vintage', 'release_date', 'first_release']) {
        const value = (row[column] ?? '').split('/').pop()?.trim() ?? '';
        if (DATE.test(value) && (newest === undefined || value > newest)) newest = value;
      }
  }
  return newest;
}

function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function sitemapXml(
  pages: readonly SitemapPage[],
  publicUrl: string,
  lastmod: string | undefined,
): string {
  const urls = pages.flatMap((page) =>
    (['en', 'id'] as const).map((locale) => {
      const alternates = [
        ...(['en', 'id'] as const).map(
          (other) =>
            `    <xhtml:link rel="alternate" hreflang="${other}" href="${escapeXml(publicUrl + page.path[other])}"/>`,
        ),
        `    <xhtml:link rel="alternate" hreflang="x-default" href="${escapeXml(publicUrl + page.path.en)}"/>`,
      ];
      return [
        '  <url>',
        `    <loc>${escapeXml(publicUrl + page.path[locale])}</loc>`,
        ...(lastmod ? [`    <lastmod>${lastmod}</lastmod>`] : []),
        ...alternates,
        '  </url>',
      ].join('\n');
    }),
  );
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" xmlns:xhtml="http://www.w3.org/1999/xhtml">',
    ...urls,
    '</urlset>',
    '',
  ].join('\n');
}

export function robotsTxt(publicUrl: string | undefined): string {
  return [
    'User-agent: *',
    'Allow: /',
    ...(publicUrl ? [`Sitemap: ${publicUrl}sitemap.xml`] : []),
    '',
  ].join('\n');
}

/**
 * The 404 page, in both languages: no script (none is needed), the app's stylesheet, a link home.
 * It is served at any depth, so its addresses are absolute: the public address, else the root.
 */
export function notFoundHtml(
  publicUrl: string | undefined,
  stylesheet: string | undefined,
): string {
  const root = publicUrl ?? '/';
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1.0" />
    <meta name="robots" content="noindex" />
    <title>Page not found – Indonesia's manufacturing exports</title>
    <link rel="icon" href="${root}icon.svg" type="image/svg+xml" />
${stylesheet ? `    <link rel="stylesheet" href="${root}${stylesheet}" />\n` : ''}  </head>
  <body>
    <main id="main" class="dashboard not-found">
      <h1 class="site-title">Page not found</h1>
      <p>There is no page at this address. <a href="${root}">Go to the dashboard</a>.</p>
      <h2 lang="id">Halaman tidak ditemukan</h2>
      <p lang="id">Tidak ada halaman di alamat ini. <a href="${root}id/">Buka dasbor</a>.</p>
    </main>
  </body>
</html>
`;
}

/** Whether `vite preview` would serve a file for this address (a file, or a folder's index.html). */
export function servesFile(outDir: string, url: string): boolean {
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(url, 'http://host.invalid').pathname);
  } catch {
    return false;
  }
  const file = resolve(outDir, `.${pathname}`);
  if (!file.startsWith(resolve(outDir))) return false;
  if (!existsSync(file)) return existsSync(`${file}.html`);
  return statSync(file).isFile() || existsSync(join(file, 'index.html'));
}

export function seoPlugin(dataDir = 'data'): Plugin {
  let config: ResolvedConfig;
  const publicUrl = process.env.VITE_PUBLIC_URL
    ? process.env.VITE_PUBLIC_URL.replace(/\/?$/, '/')
    : undefined;
  return {
    name: 'seo-files',
    configResolved(resolved) {
      config = resolved;
    },
    writeBundle(_options, bundle) {
      if (config.command !== 'build') return;
      const outDir = resolve(config.root, config.build.outDir);
      const index = bundle['index.html'];
      const stylesheet =
        index?.type === 'asset'
          ? /<link rel="stylesheet"[^>]*href="\.\/([^"]+\.css)"/.exec(String(index.source))?.[1]
          : undefined;
      writeFileSync(join(outDir, 'robots.txt'), robotsTxt(publicUrl));
      // The code's licence, and the one-file edition when it has been built (the footer links both).
      const root = config.root;
      if (existsSync(join(root, 'LICENSE')))
        copyFileSync(join(root, 'LICENSE'), join(outDir, 'LICENSE.txt'));
      if (process.env.VITE_ONE_FILE === 'true') {
        mkdirSync(join(outDir, 'downloads'), { recursive: true });
        copyFileSync(join(root, 'dist-single/index.html'), join(outDir, ONE_FILE_PATH));
      }
      writeFileSync(join(outDir, '404.html'), notFoundHtml(publicUrl, stylesheet));
      if (publicUrl) {
        const pages = SITEMAP_PAGES.filter((page) =>
          Object.values(page.path).every((path) => existsSync(join(outDir, pageFileOf(path)))),
        );
        writeFileSync(
          join(outDir, 'sitemap.xml'),
          sitemapXml(pages, publicUrl, newestReleaseDate(resolve(config.root, dataDir))),
        );
      }
    },
    configurePreviewServer(server) {
      const outDir = resolve(server.config.root, server.config.build.outDir);
      server.middlewares.use((request, response, next) => {
        if (servesFile(outDir, request.url ?? '/')) return next();
        const page = join(outDir, '404.html');
        response.statusCode = 404;
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(existsSync(page) ? readFileSync(page) : 'Not found');
      });
    },
  };
}
