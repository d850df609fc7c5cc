import type { ChartId } from '../../domain/chartModel.ts';
import type { EmbedOptions } from '../../state/route.ts';
import { embedRouteSearch } from '../../state/route.ts';
import { pagePath } from '../../state/pagePath.ts';
import { encodeViewState } from '../../state/urlState.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Theme } from '../../domain/vocabulary.ts';
import type { ViewState } from '../../state/viewState.ts';

/**
 * The iframe's height without the host script, per chart (a chart without one does not compile;
 * kept here, not in the chart's definition, because the browser tests read this table from Node,
 * where the definitions' selectors cannot load): the tallest the embed is at any width a 100%-wide
 * iframe may get (320 px, the narrowest WCAG reflow width, to 1280 px and wider), in each language,
 * plus a little room. Measured on the built embed pages (the chart's layout height is the same at
 * every width; its title, notes, source line and attribution wrap into more lines when narrow):
 * tests/e2e/embed.spec.ts fails if an embed outgrows it. The host script (embed-host.js) still
 * sizes the frame to the exact height. Remeasured with the 2014–2025 data (December 2026): the
 * exports trend is the tallest at 304 px (its source line names eleven sources, one per year).
 */
export const INITIAL_EMBED_HEIGHT: Record<Locale, Record<ChartId, number>> = {
  en: { 'sector-shares': 1010, 'exports-trend': 1862, pmi: 1116 },
  id: { 'sector-shares': 1096, 'exports-trend': 1924, pmi: 1196 },
};

export function initialEmbedHeight(chart: ChartId, locale: Locale): number {
  return INITIAL_EMBED_HEIGHT[locale][chart];
}

export interface EmbedCodeInput {
  /** The app's public address, ending in `/` (build-time VITE_PUBLIC_URL, else where the page was served from). */
  baseUrl: string;
  chart: ChartId;
  view: ViewState;
  theme: Theme;
  locale: Locale;
  options: EmbedOptions;
  /** The iframe's accessible name: the chart's title. */
  title: string;
}

/**
 * The embed's address. The web build has a prerendered page per chart and
 * language (embed/pmi.html, id/embed/pmi.html) that paints with no script;
 * the development server and the one-file edition have one page, where
 * `?embed=` picks the chart (old embed codes keep working on both).
 */
export function embedUrl(
  input: Omit<EmbedCodeInput, 'title'>,
  prerenderedPages: boolean = import.meta.env.VITE_PRERENDERED_PAGES === 'true',
): string {
  const view = encodeViewState(
    { ...input.view, theme: input.theme, locale: input.locale },
    { chart: input.chart },
  );
  const route = embedRouteSearch(input.chart, input.options, { chartInPath: prerenderedPages });
  const search = [route, view].filter(Boolean).join('&');
  const page = prerenderedPages ? pagePath(input.locale, input.chart) : '';
  return `${input.baseUrl}${page}${search ? `?${search}` : ''}`;
}

function escapeAttribute(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/"/g, '&quot;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** The snippet a journalist pastes: a lazy, titled, full-width iframe, and the optional resizing script. */
export function buildEmbedCode(input: EmbedCodeInput): string {
  const src = embedUrl(input);
  const iframe =
    `<iframe src="${escapeAttribute(src)}" title="${escapeAttribute(input.title)}" lang="${input.locale}" ` +
    `loading="lazy" width="100%" height="${initialEmbedHeight(input.chart, input.locale)}" ` +
    `style="border:0;width:100%;max-width:100%" referrerpolicy="strict-origin-when-cross-origin"></iframe>`;
  const script = `<script src="${escapeAttribute(`${input.baseUrl}embed-host.js`)}" defer></script>`;
  return `${iframe}\n${script}`;
}

/**
 * The app's root path on this server. Built chunks sit in assets/ under it
 * (whatever page, language or embed loaded them); elsewhere (development,
 * the one-file edition) it is this page's folder.
 */
export function appRootPath(): string {
  if (import.meta.env.VITE_PRERENDERED_PAGES === 'true')
    return new URL('../', import.meta.url).pathname;
  return window.location.pathname.replace(/[^/]*$/, '');
}

/** Where the app is published: set VITE_PUBLIC_URL at build time, else the address it is served from. */
export function publicBaseUrl(): string {
  const configured = import.meta.env.VITE_PUBLIC_URL as string | undefined;
  if (configured) return configured.endsWith('/') ? configured : `${configured}/`;
  const { origin } = window.location;
  return `${origin === 'null' ? '' : origin}${appRootPath()}`;
}
