import type { ChartId } from '../domain/chartModel.ts';
import type { Locale } from '../i18n/locales.ts';

/**
 * The prerendered page of a language, and of an embeddable chart, relative to
 * the app's root: '', 'id/', 'embed/pmi.html', 'id/embed/pmi.html' (the build
 * writes them; src/boot.js, which cannot import this, follows the same rule).
 */
export function pagePath(locale: Locale, chart?: ChartId): string {
  return `${locale === 'id' ? 'id/' : ''}${chart ? `embed/${chart}.html` : ''}`;
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
