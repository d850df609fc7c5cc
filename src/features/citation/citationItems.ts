/**
 * What a citation says, as CSL-JSON items (the input of citation-js): one for
 * the chart or the dataset the reader cites, then one for each source of its
 * figures, dated by its release (data/sources.csv `vintage`). Pure: no
 * citation-js here, so this runs in tests and at build time without loading
 * the formatter.
 */
import type { ChartId, ChartModel } from '../../domain/chartModel.ts';
import type { Source } from '../../domain/sources.ts';
import { CHARTS } from '../charts/registry.ts';
import type { Translate } from '../../i18n/index.ts';
import { formatVintage } from '../../i18n/format.ts';
import { pagePath } from '../../state/pagePath.ts';
import { encodeViewState } from '../../state/urlState.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { ViewState } from '../../state/viewState.ts';
import { DEFAULT_VIEW_STATE } from '../../state/viewState.ts';
import { sourceName } from '../figureText.ts';

/** A calendar day in the reader's time zone (the access date is the day they read it). */
export interface CalendarDay {
  year: number;
  month: number;
  day: number;
}

export function localToday(now: Date = new Date()): CalendarDay {
  return { year: now.getFullYear(), month: now.getMonth() + 1, day: now.getDate() };
}

type DateParts = { 'date-parts': number[][] };

/** The CSL-JSON fields we write (a subset of the CSL-JSON schema). */
export interface CslItem {
  id: string;
  type: 'dataset' | 'report';
  title: string;
  author: { literal: string }[];
  URL?: string;
  accessed?: DateParts;
  issued?: DateParts;
  note?: string;
  language?: string;
}

export type CitationSubject =
  | { kind: 'chart'; model: Pick<ChartModel, 'id' | 'text' | 'sources'> }
  | { kind: 'dataset'; sources: readonly Source[] };

export interface CitationContext {
  /** The app's public address, ending in `/`. */
  baseUrl: string;
  /** The view on screen (only what changes the cited chart is written into its link). */
  view: ViewState;
  locale: Locale;
  t: Translate;
  accessed: CalendarDay;
  /** Whether the build has a page per language (`id/`); the one-file edition has one page. */
  prerenderedPages: boolean;
}

/**
 * The permalink of the view on screen: the dashboard page in the reader's
 * language, the view's parameters (for a chart: only the ones that change
 * it), and the chart's section. The colour theme is left out: it changes no
 * figure.
 */
export function citationUrl(context: CitationContext, chart?: ChartId): string {
  const view = { ...context.view, locale: context.locale, theme: DEFAULT_VIEW_STATE.theme };
  const query = encodeViewState(view, chart ? { chart } : {});
  const page = context.prerenderedPages ? pagePath(context.locale) : '';
  return `${context.baseUrl}${page}${query ? `?${query}` : ''}${chart ? `#${CHARTS[chart].section.id}` : ''}`;
}

/** `2019`, `2020-01-16`, `2018-02/2022-01` as CSL date parts (an interval is two). */
export function vintageDateParts(vintage: string): DateParts {
  return {
    'date-parts': vintage.split('/').map((date) => date.split('-').map(Number)),
  };
}

function sourceItem(source: Source, locale: Locale): CslItem {
  const name = sourceName(source, locale);
  return {
    id: source.id,
    // A series released month by month is a dataset; a single release is a report.
    type: source.vintage.includes('/') ? 'dataset' : 'report',
    title: name.title,
    author: [{ literal: name.publisher }],
    issued: vintageDateParts(source.vintage),
    language: locale,
  };
}

/** "Publisher, Title (released …)" for each source, in the reader's language. */
export function sourceList(sources: readonly Source[], locale: Locale, t: Translate): string {
  return sources
    .map((source) => {
      const name = sourceName(source, locale);
      return t('cite.sourceEntry', {
        publisher: name.publisher,
        title: name.title,
        released: formatVintage(source.vintage, locale),
      });
    })
    .join('; ');
}

function dayText(day: CalendarDay): string {
  return `${day.year}-${String(day.month).padStart(2, '0')}-${String(day.day).padStart(2, '0')}`;
}

/** The cited work first, then its sources. */
export function citationItems(subject: CitationSubject, context: CitationContext): CslItem[] {
  const { t, locale } = context;
  const sources = (subject.kind === 'chart' ? subject.model.sources : subject.sources) ?? [];
  const chart = subject.kind === 'chart' ? subject.model.id : undefined;
  const title =
    subject.kind === 'chart'
      ? t('cite.chartTitle', {
          title: subject.model.text.title,
          subtitle: subject.model.text.subtitle,
        })
      : t('app.title');
  const notes = [
    sources.length > 0 ? t('cite.sourcesNote', { sources: sourceList(sources, locale, t) }) : '',
    subject.kind === 'dataset'
      ? t('cite.dataPackageNote', { url: `${context.baseUrl}data/datapackage.json` })
      : '',
    // Plain BibTeX has no access-date field; the note carries it there.
    t('cite.accessedNote', { date: dayText(context.accessed) }),
  ].filter(Boolean);
  const work: CslItem = {
    id: chart ? `idn-mfg-${chart}` : 'idn-mfg-dashboard',
    type: 'dataset',
    title,
    author: [{ literal: t('app.dashboardName') }],
    URL: citationUrl(context, chart),
    accessed: {
      'date-parts': [[context.accessed.year, context.accessed.month, context.accessed.day]],
    },
    note: notes.join(' '),
    language: locale,
  };
  return [work, ...sources.map((source) => sourceItem(source, locale))];
}
