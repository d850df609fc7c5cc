import type { ChartId } from '../domain/chartModel.ts';
import type { Locale } from '../i18n/locales.ts';

/**
 * The prerendered page of a language, of an embeddable chart and of one of its
 * drawn views, relative to the app's root: '', 'id/', 'embed/pmi.html',
 * 'id/embed/pmi.html', 'embed/pmi/<view>.html' (the build writes them, the
 * boot script sends a link to them).
 */
export function pagePath(locale: Locale, chart?: ChartId, view?: string): string {
  const embed = chart ? `embed/${chart}${view ? `/${view}` : ''}.html` : '';
  return `${locale === 'id' ? 'id/' : ''}${embed}`;
}

/**
 * A chart's shareable page (the dashboard, opened at that chart, with the
 * chart's link preview): 'chart/pmi.html', 'id/chart/pmi.html'.
 */
export function chartPagePath(locale: Locale, chart: ChartId): string {
  return `${locale === 'id' ? 'id/' : ''}chart/${chart}.html`;
}

/** A link preview image (1200 × 630 PNG) of a chart or the dashboard: 'preview/pmi.png', 'id/preview/dashboard.png'. */
export function previewImagePath(locale: Locale, key: ChartId | 'dashboard'): string {
  return `${locale === 'id' ? 'id/' : ''}preview/${key}.png`;
}

/**
 * The oEmbed answer of a chart's embed page: 'oembed/pmi.json', 'id/oembed/pmi.json'; of
 * another view's embed page (embed/pmi/<view>.html): 'oembed/pmi/<view>.json'.
 */
export function oembedPath(locale: Locale, chart: ChartId, view?: string): string {
  return `${locale === 'id' ? 'id/' : ''}oembed/${chart}${view ? `/${view}` : ''}.json`;
}

/** The "What changed" page of a language: 'changes.html', 'id/changes.html'. */
export function changesPagePath(locale: Locale): string {
  return `${locale === 'id' ? 'id/' : ''}changes.html`;
}

/**
 * The page that serves an address in a language: an embed's (its view's when drawn), else a
 * chart's shareable page, else the dashboard's. The boot script compares the one it is on with the
 * one the link asks for.
 */
export function servingPagePath(
  locale: Locale,
  page: { chart?: ChartId | undefined; view?: string | undefined; share?: ChartId | undefined },
): string {
  if (page.chart) return pagePath(locale, page.chart, page.view);
  return page.share ? chartPagePath(locale, page.share) : pagePath(locale);
}
