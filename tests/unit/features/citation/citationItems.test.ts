import { Cite } from '@citation-js/core';
import { describe, expect, it } from 'vitest';
import type { ChartModel } from '../../../../src/domain/chartModel.ts';
import {
  citationItems,
  citationUrl,
  localToday,
  vintageDateParts,
} from '../../../../src/features/citation/citationItems.ts';
import type {
  CitationContext,
  CitationSubject,
} from '../../../../src/features/citation/citationItems.ts';
import { formatCitations } from '../../../../src/features/citation/formatCitations.ts';
import { chartModelsFor } from '../../../../src/features/charts/chartModels.ts';
import { createTranslator } from '../../../../src/i18n/index.ts';
import type { Locale } from '../../../../src/i18n/locales.ts';
import type { ViewState } from '../../../../src/state/viewState.ts';
import { DEFAULT_VIEW_STATE } from '../../../../src/state/viewState.ts';
import { LOCALES } from '../../../../src/i18n/locales.ts';
import { bundledDatasets } from '../../../helpers/bundledDatasets.ts';
import { parseRis } from '../../../helpers/ris.ts';

const { datasets } = bundledDatasets();

const BASE = 'https://example.org/dashboard/';
const ACCESSED = { year: 2026, month: 3, day: 5 };
const VIEW: ViewState = {
  ...DEFAULT_VIEW_STATE,
  period: '2018',
  pmiRange: { from: '2020-01', to: '2020-12' },
  theme: 'dark',
};

function contextFor(locale: Locale): CitationContext {
  return {
    baseUrl: BASE,
    view: { ...VIEW, locale },
    locale,
    t: createTranslator(locale),
    accessed: ACCESSED,
    prerenderedPages: true,
  };
}

function chartModels(locale: Locale): ChartModel[] {
  return Object.values(chartModelsFor(datasets, { ...VIEW, locale })).map((model) => model!);
}

/** citeproc prints typographic apostrophes; compare text without that difference. */
const plain = (text: string) => text.replace(/[’‘]/g, "'");

const ACCESS_TEXT: Record<Locale, { apa: string; note: string }> = {
  en: { apa: 'Retrieved March 5, 2026, from', note: 'Accessed 2026-03-05.' },
  id: { apa: 'Diambil 5 Maret 2026, dari', note: 'Diakses 2026-03-05.' },
};

describe('citation links', () => {
  it('links a chart to the view on screen in the reader’s language, without the theme', () => {
    const en = contextFor('en');
    expect(citationUrl(en, 'pmi')).toBe(`${BASE}?v=1&pmi=2020-01..2020-12#pmi`);
    expect(citationUrl(en, 'sector-shares')).toBe(`${BASE}?v=1&period=2018#sectors`);
    expect(citationUrl(contextFor('id'), 'exports-trend')).toBe(`${BASE}id/?v=1&lang=id#trend`);
    expect(citationUrl({ ...en, view: DEFAULT_VIEW_STATE }, 'pmi')).toBe(`${BASE}#pmi`);
    // The one-file edition has one page for both languages.
    expect(citationUrl({ ...contextFor('id'), prerenderedPages: false })).toBe(
      `${BASE}?v=1&period=2018&pmi=2020-01..2020-12&lang=id`,
    );
  });

  it('takes the access date from the reader’s calendar day', () => {
    expect(localToday(new Date(2026, 10, 29, 23, 59))).toEqual({ year: 2026, month: 11, day: 29 });
    expect(localToday(new Date(2027, 0, 1, 0, 0))).toEqual({ year: 2027, month: 1, day: 1 });
  });

  it('dates a source by its release, a series released over time by its span', () => {
    expect(vintageDateParts('2020-01-16')).toEqual({ 'date-parts': [[2020, 1, 16]] });
    expect(vintageDateParts('2019')).toEqual({ 'date-parts': [[2019]] });
    expect(vintageDateParts('2018-02/2022-01')).toEqual({
      'date-parts': [
        [2018, 2],
        [2022, 1],
      ],
    });
  });
});

describe.each(LOCALES)('citations in %s parse back', (locale) => {
  const context = contextFor(locale);
  const subjects: [string, CitationSubject][] = [
    ...chartModels(locale).map((model): [string, CitationSubject] => [
      model.id,
      { kind: 'chart', model },
    ]),
    ['dataset', { kind: 'dataset', sources: [...datasets.exports.sources.values()] }],
  ];

  it.each(subjects)('%s', async (_name, subject) => {
    const items = citationItems(subject, context);
    const [work, ...sources] = items;
    expect(sources.length).toBeGreaterThan(0);
    const url = citationUrl(context, subject.kind === 'chart' ? subject.model.id : undefined);
    expect(work!.URL).toBe(url);
    const t = createTranslator(locale);
    const formats = await formatCitations(items, locale, t('cite.approximately'));

    // BibTeX: read back by citation-js, one entry per item, keyed by our ids.
    const bibtex = new Cite(formats.bibtex).data;
    // BibTeX keys are our ids without the hyphens BibTeX tools choke on.
    expect(bibtex.map((entry) => entry.id)).toEqual(items.map((item) => item.id.replace(/-/g, '')));
    // "≈" (a figure the dashboard derived) survives as a word: BibTeX cannot carry the sign.
    expect(bibtex[0]!.title).toBe(work!.title.replace(/≈ /g, `${t('cite.approximately')} `));
    expect(bibtex[0]!.URL).toBe(url);
    expect(bibtex[0]!.note).toContain(ACCESS_TEXT[locale].note);
    sources.forEach((source, index) => {
      const entry = bibtex[index + 1]!;
      expect(plain(String(entry.title))).toBe(source.title);
      // The release year, also for a series released over time (its first year).
      expect(entry.issued?.['date-parts']?.[0]?.[0]).toBe(source.issued!['date-parts'][0]![0]);
      // And the chart's own entry names each source with its release date.
      expect(bibtex[0]!.note).toContain(source.title);
    });

    // RIS, by field name.
    const records = parseRis(formats.ris);
    expect(records).toHaveLength(items.length);
    for (const record of records) expect(record.has('(untagged)')).toBe(false);
    // citation-js reads it back with the same titles (no word cut in two).
    expect(new Cite(formats.ris).data.map((entry) => entry.title)).toEqual(
      items.map((item) => item.title),
    );
    const first = records[0]!;
    expect(first.get('TY')).toEqual(['DATA']);
    expect(first.get('TI')).toEqual([work!.title]);
    expect(first.get('AU')).toEqual([t('app.dashboardName')]);
    expect(first.get('UR')).toEqual([url]);
    expect(first.get('Y2')?.[0]?.split('/').slice(0, 3).map(Number)).toEqual([2026, 3, 5]);
    sources.forEach((source, index) => {
      const record = records[index + 1]!;
      expect(record.get('TI')).toEqual([source.title]);
      expect(record.get('AU')).toEqual([source.author[0]!.literal]);
      expect(record.get('PY')).toEqual([String(source.issued!['date-parts'][0]![0])]);
    });

    // APA 7: the title, the permalink and the access date in the reader's words; each source.
    const apa = plain(formats.apa);
    expect(apa).toContain(work!.title);
    expect(apa).toContain(url);
    expect(apa).toContain(ACCESS_TEXT[locale].apa);
    for (const source of sources) expect(apa).toContain(source.title);
  });
});

describe('citation sources', () => {
  it('lists the sources of each chart’s figures with their release dates', () => {
    const [sectors, trend, pmi] = chartModels('en');
    expect(sectors!.sources!.map((source) => source.id)).toEqual(['kemenperin-2018']);
    // Every release whose figures the chart shows: each year's, the first releases of the 2019 and
    // 2020 shares, the 2020 growth, the latest part-year.
    expect(trend!.sources!.map((source) => source.id)).toEqual([
      'antara-lpem-2016',
      'beritamoneter-2018-12-24',
      'voinews-2018-01-31',
      'gatra-2021-08-30',
      'antara-en-2024',
      'kemenperin-2019',
      'kemenperin-2020',
      'liputanberita7-2024-01-17',
      'jatimpedia-2025',
      'antara-jogja-2025',
    ]);
    expect(pmi!.sources!.map((source) => source.id)).toEqual(['spglobal-pmi']);
    const items = citationItems({ kind: 'chart', model: pmi! }, contextFor('en'));
    // The view is 2020's PMI: its sources are that year's twelve releases, not the whole series'.
    expect(items[0]!.note).toBe(
      'Data: S&P Global (formerly IHS Markit), S&P Global Indonesia Manufacturing PMI (released February 2020 – January 2021). Accessed 2026-03-05.',
    );
    expect(items.find((item) => item.id === 'spglobal-pmi')!.issued).toEqual({
      'date-parts': [
        [2020, 2],
        [2021, 1],
      ],
    });
    const whole = chartModelsFor(datasets, {
      ...VIEW,
      pmiRange: DEFAULT_VIEW_STATE.pmiRange,
      locale: 'en',
    }).pmi!;
    expect(citationItems({ kind: 'chart', model: whole }, contextFor('en'))[0]!.note).toContain(
      '(released June 2013 – March 2026)',
    );
  });
});
