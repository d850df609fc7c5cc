/**
 * Link previews and oEmbed in the build (node side): the preview PNGs (the
 * SVG cards of src/prerender/linkPreviews.ts rasterised by resvg, with the
 * fonts in build/prerender/fonts/ and no system font, so every machine draws the same
 * pixels), and the tags each page carries in its head.
 *
 * Open Graph wants absolute URLs for og:image and og:url, and an oEmbed
 * answer's iframe must name the page it frames: those need the app's public
 * address (VITE_PUBLIC_URL at build time). Without it a page keeps its title,
 * description and card type, and leaves out the image, address and oEmbed
 * link rather than write ones no crawler can follow.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { Resvg, initWasm } from '@resvg/resvg-wasm';
import type { Plugin, ViteDevServer } from 'vite';
import { buildAllDatasets, readDataDir } from '../bundledDataPlugin.ts';
import { CHARTS } from '../../src/features/charts/registry.ts';
import type { DatasetTypes } from '../../src/domain/bundle.ts';
import type { ChartId } from '../../src/domain/chartModel.ts';
import { CHART_IDS } from '../../src/domain/chartModel.ts';
import { createTranslator } from '../../src/i18n/index.ts';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from '../../src/prerender/previewSize.ts';
import type { PreviewKey, PreviewText } from '../../src/prerender/previewText.ts';
import { previewTexts } from '../../src/prerender/previewText.ts';
import { chartPagePath, oembedPath, previewImagePath } from '../../src/state/pagePath.ts';
import { modelsOf } from '../../src/prerender/defaultModels.ts';
import { embedViews } from '../../src/prerender/embedViews.ts';
import type { EmbedView } from '../../src/prerender/embedViews.ts';
import type { ViewState } from '../../src/state/viewState.ts';
import { DEFAULT_VIEW_STATE } from '../../src/state/viewState.ts';
import type { Locale } from '../../src/i18n/locales.ts';

const FONT_FILES = ['Inter_400Regular.ttf', 'Inter_700Bold.ttf'];
/** The family in build/prerender/fonts/: every generic and system family in the drawing resolves to it. */
export const PREVIEW_FONT_FAMILY = 'Inter';

let ready: Promise<void> | null = null;
function startResvg(): Promise<void> {
  ready ??= initWasm(
    readFileSync(createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm')),
  ).catch((error: unknown) => {
    // initWasm refuses a second call; a failed first one is reported as it is.
    if (String(error).includes('Already initialized')) return;
    throw error;
  });
  return ready;
}

let fonts: Uint8Array[] | null = null;
function fontBuffers(): Uint8Array[] {
  fonts ??= FONT_FILES.map(
    (file) => new Uint8Array(readFileSync(resolve('build/prerender/fonts', file))),
  );
  return fonts;
}

/** A preview card (SVG) as PNG, at the SVG's own size. */
export async function renderPreviewPng(svg: string): Promise<Uint8Array> {
  await startResvg();
  // resvg-wasm has no system fonts to load (no file system): only the buffers given here exist.
  const resvg = new Resvg(svg, {
    font: {
      fontBuffers: fontBuffers(),
      defaultFontFamily: PREVIEW_FONT_FAMILY,
      sansSerifFamily: PREVIEW_FONT_FAMILY,
      serifFamily: PREVIEW_FONT_FAMILY,
      monospaceFamily: PREVIEW_FONT_FAMILY,
    },
    fitTo: { mode: 'original' },
  });
  try {
    const image = resvg.render();
    try {
      return image.asPng();
    } finally {
      image.free();
    }
  } finally {
    resvg.free();
  }
}

export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const OG_LOCALES: Record<Locale, string> = { en: 'en_US', id: 'id_ID' };

export interface SharePage {
  locale: Locale;
  title: string;
  description: string;
  imageAlt: string;
  /** The site's name (og:site_name). */
  siteName: string;
  /** Absolute addresses, when the build knows its public address. */
  pageUrl?: string | undefined;
  imageUrl?: string | undefined;
  imageWidth: number;
  imageHeight: number;
}

/** The Open Graph and Twitter card tags of a page. */
export function shareHeadTags(page: SharePage): string[] {
  const meta = (attr: 'property' | 'name', key: string, value: string | number) =>
    `<meta ${attr}="${key}" content="${escapeHtml(String(value))}" />`;
  const other: Locale = page.locale === 'en' ? 'id' : 'en';
  const tags = [
    meta('property', 'og:type', 'website'),
    meta('property', 'og:site_name', page.siteName),
    meta('property', 'og:title', page.title),
    meta('property', 'og:description', page.description),
    meta('property', 'og:locale', OG_LOCALES[page.locale]),
    meta('property', 'og:locale:alternate', OG_LOCALES[other]),
  ];
  if (page.pageUrl) tags.push(meta('property', 'og:url', page.pageUrl));
  if (page.imageUrl)
    tags.push(
      meta('property', 'og:image', page.imageUrl),
      meta('property', 'og:image:type', 'image/png'),
      meta('property', 'og:image:width', page.imageWidth),
      meta('property', 'og:image:height', page.imageHeight),
      meta('property', 'og:image:alt', page.imageAlt),
    );
  tags.push(
    meta('name', 'twitter:card', page.imageUrl ? 'summary_large_image' : 'summary'),
    meta('name', 'twitter:title', page.title),
    meta('name', 'twitter:description', page.description),
  );
  if (page.imageUrl)
    tags.push(
      meta('name', 'twitter:image', page.imageUrl),
      meta('name', 'twitter:image:alt', page.imageAlt),
    );
  return tags;
}

/** The oEmbed discovery link of an embed page. */
export function oembedLinkTag(href: string, title: string): string {
  return `<link rel="alternate" type="application/json+oembed" href="${escapeHtml(href)}" title="${escapeHtml(title)}" />`;
}

/** The public address from the environment, ending in '/', or undefined. */
export function publicUrlFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env.VITE_PUBLIC_URL;
  return value ? value.replace(/\/?$/, '/') : undefined;
}

/** `tags` added at the end of the page's head. */
export function addToHead(html: string, tags: readonly string[]): string {
  return tags.length === 0 ? html : html.replace('</head>', `  ${tags.join('\n    ')}\n  </head>`);
}

export interface ShareTagsInput {
  locale: Locale;
  key: PreviewKey;
  /** The page's path from the app's root ('' for the English dashboard). */
  path: string;
  publicUrl: string | undefined;
}

/** The share tags of a built page: its preview's text, and its address and image when public. */
export function pageShareTags(
  input: ShareTagsInput,
  texts: Record<PreviewKey, PreviewText>,
): string[] {
  const text = texts[input.key];
  const t = createTranslator(input.locale);
  return shareHeadTags({
    locale: input.locale,
    ...text,
    siteName: t('app.title'),
    pageUrl: input.publicUrl ? `${input.publicUrl}${input.path}` : undefined,
    imageUrl: input.publicUrl
      ? `${input.publicUrl}${previewImagePath(input.locale, input.key)}`
      : undefined,
    imageWidth: PREVIEW_WIDTH,
    imageHeight: PREVIEW_HEIGHT,
  });
}

/** The one-file edition's head: the public dashboard's preview when the build names its address. */
export function singleFileShareTags(
  datasets: DatasetTypes,
  publicUrl: string | undefined,
): string[] {
  if (!publicUrl) return [];
  return pageShareTags(
    { locale: 'en', key: 'dashboard', path: '', publicUrl },
    previewTexts(datasets, 'en'),
  );
}

/** A page of the web build, as far as sharing is concerned. */
export type SharedPage = { locale: Locale } & (
  | { kind: 'dashboard' }
  /** An embed page: the chart's default view, or another view's own page (embedViews.ts). */
  | { kind: 'embed'; chart: ChartId; view?: EmbedView | undefined }
  | { kind: 'chart'; chart: ChartId }
);

export interface ChartPage {
  kind: 'chart';
  locale: Locale;
  chart: ChartId;
  fileName: string;
  /** The way back to the app's root ('../', '../../'). */
  base: string;
}

/** What the build module src/prerender/linkPreviews.ts offers (loaded in jsdom). */
interface DrawingModule {
  previewImages(datasets: DatasetTypes, locale: Locale): Promise<Record<PreviewKey, string>>;
  oembedDocument(
    datasets: DatasetTypes,
    chart: ChartId,
    locale: Locale,
    publicUrl: string,
    thumbnailUrl: string,
    view?: ViewState,
  ): Record<string, string | number>;
}

const LOCALES: readonly Locale[] = ['en', 'id'];

/**
 * Sharing in the web build: the chart pages to write, the tags of every page,
 * and the files (preview PNGs; oEmbed answers when the address is public).
 */
export function createSharing(datasets: DatasetTypes, publicUrl: string | undefined) {
  const texts: Record<Locale, Record<PreviewKey, PreviewText>> = {
    en: previewTexts(datasets, 'en'),
    id: previewTexts(datasets, 'id'),
  };
  return {
    texts,
    chartPages(): ChartPage[] {
      return LOCALES.flatMap((locale) =>
        CHART_IDS.map((chart) => {
          const fileName = chartPagePath(locale, chart);
          const depth = fileName.split('/').length - 1;
          return { kind: 'chart' as const, locale, chart, fileName, base: '../'.repeat(depth) };
        }),
      );
    },
    /** A chart page's title (the finding, then the site) and description (the chart's summary). */
    pageText(page: ChartPage): { title: string; description: string } {
      const text = texts[page.locale][page.chart];
      return {
        title: `${text.title} · ${texts[page.locale].dashboard.title}`,
        description: text.description,
      };
    },
    /**
     * The page at `path` (from the app's root) with its share tags. The preview is the chart's
     * default view, also on another view's embed page; that page's oEmbed answer is its own view's.
     * A chart page also names its chart and section for the boot script.
     */
    decorate(html: string, page: SharedPage, path: string): string {
      const key: PreviewKey = page.kind === 'dashboard' ? 'dashboard' : page.chart;
      const tags = pageShareTags({ locale: page.locale, key, path, publicUrl }, texts[page.locale]);
      if (page.kind === 'embed' && publicUrl) {
        const model = modelsOf(datasets, page.locale, page.view?.state ?? DEFAULT_VIEW_STATE)[
          page.chart
        ];
        tags.push(
          oembedLinkTag(
            `${publicUrl}${oembedPath(page.locale, page.chart, page.view?.slug)}`,
            model?.text.title ?? texts[page.locale][page.chart].title,
          ),
        );
      }
      const marked =
        page.kind === 'chart'
          ? html.replace(
              /<html\b[^>]*(?=>)/,
              (tag) =>
                `${tag} data-share="${page.chart}" data-share-section="${CHARTS[page.chart].section.id}"`,
            )
          : html;
      return addToHead(marked, tags);
    },
    /** The preview PNGs, and the oEmbed answers when the address is public (in jsdom: it draws). */
    async draw(
      server: ViteDevServer,
    ): Promise<{ fileName: string; source: string | Uint8Array }[]> {
      const module = (await server.ssrLoadModule(
        '/src/prerender/linkPreviews.ts',
      )) as DrawingModule;
      const files: { fileName: string; source: string | Uint8Array }[] = [];
      for (const locale of LOCALES) {
        const svgs = await module.previewImages(datasets, locale);
        for (const [key, svg] of Object.entries(svgs) as [PreviewKey, string][])
          files.push({
            fileName: previewImagePath(locale, key),
            source: await renderPreviewPng(svg),
          });
        if (!publicUrl) continue;
        // One answer per embed page: the chart's default view and each view with a page of its own.
        for (const chart of CHART_IDS)
          for (const view of [undefined, ...embedViews(datasets, chart)]) {
            const answer = module.oembedDocument(
              datasets,
              chart,
              locale,
              publicUrl,
              `${publicUrl}${previewImagePath(locale, chart)}`,
              view?.state,
            );
            files.push({
              fileName: oembedPath(locale, chart, view?.slug),
              source: `${JSON.stringify(answer, null, 2)}\n`,
            });
          }
      }
      return files;
    },
  };
}

/**
 * The one-file edition names the public dashboard's preview (and so links to
 * it) when the build has VITE_PUBLIC_URL, and carries no share tags otherwise.
 * It has no embed pages, so no oEmbed link.
 */
export function singleFileSharingPlugin(dataDir = 'data'): Plugin {
  return {
    name: 'single-file-sharing',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(html) {
        const built = buildAllDatasets(readDataDir(dataDir));
        if (!built.ok) throw new Error(built.problems.join('\n'));
        return addToHead(html, singleFileShareTags(built.datasets, publicUrlFromEnv()));
      },
    },
  };
}
