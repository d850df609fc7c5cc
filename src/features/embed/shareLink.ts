import type { ChartId } from '../../domain/chartModel.ts';
import { CHARTS } from '../charts/registry.ts';
import { chartPagePath } from '../../state/pagePath.ts';
import { encodeViewState } from '../../state/urlState.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { ViewState } from '../../state/viewState.ts';
import { DEFAULT_VIEW_STATE } from '../../state/viewState.ts';

export interface ShareLinkInput {
  /** The app's public address, ending in `/` (as for the embed code). */
  baseUrl: string;
  chart: ChartId;
  view: ViewState;
  locale: Locale;
}

/**
 * The link to pass a chart on (messaging apps, social media): the chart's own
 * page (chart/pmi.html, id/chart/pmi.html), whose link preview is that chart,
 * with this view of it; the page opens the dashboard at the chart. The reader's
 * theme stays theirs. Where there are no such pages (development, the one-file
 * edition) it is the dashboard with the view, at the chart's section.
 */
export function chartShareUrl(
  input: ShareLinkInput,
  prerenderedPages: boolean = import.meta.env.VITE_PRERENDERED_PAGES === 'true',
): string {
  const view = encodeViewState(
    { ...input.view, locale: input.locale, theme: DEFAULT_VIEW_STATE.theme },
    { chart: input.chart },
  );
  const query = view ? `?${view}` : '';
  return prerenderedPages
    ? `${input.baseUrl}${chartPagePath(input.locale, input.chart)}${query}`
    : `${input.baseUrl}${query}#${CHARTS[input.chart].section.id}`;
}
