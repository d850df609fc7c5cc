import type { ChartId } from '../domain/chartModel.ts';
import { CHART_IDS } from '../domain/chartModel.ts';
import type { Locale } from '../i18n/locales.ts';
import { LOCALES, detectLocale, linkedLocale } from '../i18n/locales.ts';
import { servingPagePath } from '../state/pagePath.ts';
import { parseRoute } from '../state/route.ts';
import type { Route } from '../state/route.ts';
import { viewQuery, viewSlug } from '../prerender/viewAddress.ts';

/** What the boot script reads of the page it runs in and of the link that opened it. */
export interface OpenedPage {
  /** The link's query (location.search). */
  search: string;
  /** The page's language (<html lang>). */
  lang: string;
  /** The chart of an embed page (data-chart). */
  chart: string | null;
  /** The views an embed page's chart has pages of (data-views, space-separated slugs). */
  views: string | null;
  /** The view this page draws, when not the default one (data-view). */
  view: string | null;
  /** The chart of a shareable chart page (data-share). */
  share: string | null;
  /** The data version the page was built with (data-version). */
  dataVersion: string | null;
  /** The language chosen on an earlier visit. */
  storedLocale: () => Locale | null;
  /** The browser's languages, in order of preference. */
  languages: readonly string[];
}

export interface PagePlan {
  /** This page's language. */
  pageLocale: Locale;
  /** The language the reader reads. */
  locale: Locale;
  /** The route the link asks for (route.ts, as the app reads it). */
  route: Route;
  /** The chart the link shows, if any. */
  chart: ChartId | null;
  /** The page to be on, relative to the app's root; `here` is the one this is. */
  target: string;
  here: string;
  /** The page of what the link shows in a language (a host asks for another one). */
  pageIn: (locale: Locale) => string;
  /** The link asks for another view than the one drawn here: the app is needed at once. */
  viewPending: boolean;
  /** The link names a chart there is none of: the app explains it. */
  unknownChart: boolean;
  /** The link was made with older data (`data=1` on a page of version 2): the app says what changed. */
  olderData: boolean;
}

const chartIdOf = (value: string | null): ChartId | undefined =>
  CHART_IDS.find((chart) => chart === value);

/**
 * The page the reader should be on, and what to set up on this one. The link's `lang` decides the
 * language; the Indonesian pages and embed pages are a language chosen already; only the
 * dashboard's root page follows an earlier choice or the browser. An old `?embed=` link is the
 * chart's embed page; an embed link's view is that view's page when the build drew it.
 */
export function planPage(opened: OpenedPage): PagePlan {
  const pageLocale = LOCALES.find((locale) => locale === opened.lang) ?? 'en';
  const pageChart = chartIdOf(opened.chart);
  const share = chartIdOf(opened.share);
  const params = new URLSearchParams(opened.search);
  const locale =
    linkedLocale(params.get('lang')) ??
    (pageLocale === 'id' || pageChart
      ? pageLocale
      : (opened.storedLocale() ?? detectLocale(opened.languages)));
  const { route } = parseRoute(opened.search, pageChart);
  const chart = route.kind === 'embed' ? route.chart : null;
  // The view parameters of the link, in their order, named as the build names its pages.
  const wantedView = viewQuery(opened.search);
  const wantedSlug = viewSlug(wantedView);
  const drawnViews = (opened.views ?? '').split(' ');
  // The drawn view the link asks for, by its page's name ('' for the default or a view not drawn).
  const viewPage = chart && wantedView && drawnViews.includes(wantedSlug) ? wantedSlug : '';
  const drawnView = opened.view ?? '';
  const pageIn = (language: Locale) =>
    servingPagePath(language, { chart: chart ?? undefined, view: viewPage, share });
  return {
    pageLocale,
    locale,
    route,
    chart,
    target: pageIn(locale),
    here: servingPagePath(pageLocale, { chart: pageChart, view: drawnView, share }),
    pageIn,
    viewPending: wantedSlug !== drawnView,
    unknownChart: route.kind === 'embed-unknown',
    olderData: params.has('data') && params.get('data') !== opened.dataVersion,
  };
}
