/**
 * The citation formatter: citation-js with its CSL (APA 7), BibTeX and RIS
 * plugins. This module is the citation chunk: only the citation dialog
 * imports it, when it opens. Nothing here touches the network (citation-js's
 * fetch code is replaced by a stub at build time, see vite.config.ts).
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { Locale } from '../../i18n/locales.ts';
import type { CslItem } from './citationItems.ts';

export type CitationFormat = 'apa' | 'bibtex' | 'ris';
export const CITATION_FORMATS: readonly CitationFormat[] = ['apa', 'bibtex', 'ris'];

/** citeproc's locale for each language; plugin-csl bundles en-US only. */
const CSL_LOCALES: Record<Locale, string> = { en: 'en-US', id: 'id-ID' };

let localesReady: Promise<void> | undefined;

/** Registers the Bahasa Indonesia CSL locale once (its own small chunk, loaded only by Indonesian readers). */
function ensureLocale(locale: Locale): Promise<void> {
  if (locale !== 'id') return Promise.resolve();
  localesReady ??= import('./csl-locale-id-ID.xml?raw').then(({ default: xml }) => {
    plugins.config.get('@csl').locales.add(CSL_LOCALES.id, xml);
  });
  return localesReady;
}

// Entry keys are our ids (`idn-mfg-pmi`, `kemenperin-2019`), stable across days, not "IndonesiaFood".
plugins.config.get('@bibtex').format.useIdAsLabel = true;

/**
 * citation-js writes no BibTeX for "≈" and drops it, which would turn a
 * figure the dashboard derived ("≈ 22.99%") into one the source stated. BibTeX
 * gets the word instead.
 */
function withWordForApprox(item: CslItem, approximately: string): CslItem {
  const replace = (text: string) => text.replace(/≈\s?/g, `${approximately} `);
  return {
    ...item,
    title: replace(item.title),
    ...(item.note ? { note: replace(item.note) } : {}),
  };
}

/**
 * citation-js cuts RIS values every 70 characters, mid-word, and reference
 * managers (and citation-js itself) join the pieces with a space
 * ("performa nce"). RIS allows a field far longer on one line: put it back
 * whole.
 */
export function oneLinePerField(ris: string): string {
  return ris.replace(/\n(?![A-Z][A-Z0-9] {2}-)/g, '');
}

/**
 * The three formats of one citation, in the reader's language.
 * `approximately` is the reader's word for "≈" (BibTeX cannot carry the sign).
 */
export async function formatCitations(
  items: readonly CslItem[],
  locale: Locale,
  approximately: string,
): Promise<Record<CitationFormat, string>> {
  await ensureLocale(locale);
  const cite = new Cite(items);
  return {
    apa: cite
      .format('bibliography', { format: 'text', template: 'apa', lang: CSL_LOCALES[locale] })
      .trim(),
    bibtex: new Cite(items.map((item) => withWordForApprox(item, approximately)))
      .format('bibtex', { format: 'text' })
      .trim(),
    ris: oneLinePerField(cite.format('ris', { format: 'text' })).trim(),
  };
}
