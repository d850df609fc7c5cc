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
