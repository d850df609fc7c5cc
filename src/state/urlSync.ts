import { encodeViewState } from './urlState.ts';
import type { IgnoredParam } from './urlState.ts';
import { chartPagePath, pagePath } from './pagePath.ts';
import type { DashboardStore } from './store.ts';
import type { ChartId } from '../domain/chartModel.ts';
import type { Locale } from '../i18n/locales.ts';
import type { ViewState } from './viewState.ts';
import { storeLocale } from './storedLocale.ts';

/** The side effects of permalinks: reading the data's span for the codec, writing the URL as the view changes. */

// main.tsx reads the stored language from here, with the rest of the address's side effects.
export { storedLocale } from './storedLocale.ts';

/** Values this long are not worth printing whole. */
const MAX_REPORTED_VALUE = 40;

/**
 * Says, in development, which parameters of the opened link the view did not take as written
 * (decodeViewState returns them; tests assert that list). Production stays quiet: a reader
 * cannot act on it, and the address bar is cleaned of them anyway.
 */
export function reportIgnoredParams(
  ignored: readonly IgnoredParam[],
  warn: (message: string) => void = console.warn,
): void {
  if (!import.meta.env.DEV || ignored.length === 0) return;
  const items = ignored.map(({ param, value, reason }) => {
    const shown =
      value.length > MAX_REPORTED_VALUE ? `${value.slice(0, MAX_REPORTED_VALUE)}…` : value;
    return `${param}=${shown} (${reason})`;
  });
  warn(
    `The link's view did not take ${ignored.length} parameter(s) as written: ${items.join('; ')}`,
  );
}

function viewOf(state: ViewState): ViewState {
  const { period, sector, pmiRange, views, sectorChartKind, locale, theme, dataVersion } = state;
  return { period, sector, pmiRange, views, sectorChartKind, locale, theme, dataVersion };
}

/**
 * Keeps the address bar in step with the view (replaceState: a permalink, not
 * a history entry per click) and remembers the language across visits.
 */
export function startUrlSync(
  store: DashboardStore,
  options: {
    chart?: ChartId;
    routeSearch?: string;
    /** On prerendered pages: the app's root address, and the chart of an embed page. */
    pages?: {
      root: string;
      chart?: ChartId | undefined;
      /** The chart of a shareable chart page (chart/<chart>.html): the dashboard stays on it. */
      share?: ChartId | undefined;
    };
  } = {},
): () => void {
  // null, not '': a link whose view is the default still gets its address cleaned of anything else.
  let previous: string | null = null;
  // Each language has its own page: the address follows the language to it.
  const pathOf = (locale: Locale) => {
    if (!options.pages) return window.location.pathname;
    const { root, chart, share } = options.pages;
    return new URL(share ? chartPagePath(locale, share) : pagePath(locale, chart), root).pathname;
  };
  const write = (state: ViewState) => {
    const view = encodeViewState(viewOf(state), options.chart ? { chart: options.chart } : {});
    const search = [options.routeSearch, view].filter(Boolean).join('&');
    const key = `${state.locale}?${search}`;
    if (key === previous) return;
    previous = key;
    const url = `${pathOf(state.locale)}${search ? `?${search}` : ''}${window.location.hash}`;
    try {
      window.history.replaceState(window.history.state, '', url);
    } catch {
      // file:// and sandboxed frames may refuse; the view still works.
    }
  };
  write(store.getState());
  let lastLocale = store.getState().locale;
  // After the frame that shows the change: the address is not what the reader is looking at.
  let timer: ReturnType<typeof setTimeout> | undefined;
  const unsubscribe = store.subscribe((state) => {
    clearTimeout(timer);
    timer = setTimeout(() => write(store.getState()), 0);
    if (state.locale !== lastLocale) {
      lastLocale = state.locale;
      storeLocale(state.locale);
    }
  });
  return () => {
    clearTimeout(timer);
    unsubscribe();
  };
}
