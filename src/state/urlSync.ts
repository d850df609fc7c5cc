import { parseCsv } from '../domain/csv.ts';
import type { DataLoader } from './dataLoader.ts';
import type { DecodeContext } from './urlState.ts';
import { encodeViewState } from './urlState.ts';
import type { DashboardStore } from './store.ts';
import type { ChartId } from '../domain/chartModel.ts';
import type { Locale, ViewState } from './viewState.ts';
import { DEFAULT_VIEW_STATE } from './viewState.ts';

/** The side effects of permalinks: reading the data's span for the codec, writing the URL as the view changes. */

const FALLBACK_CONTEXT: DecodeContext = {
  periods: [DEFAULT_VIEW_STATE.period],
  pmiMonths: { first: DEFAULT_VIEW_STATE.pmiRange.from, last: DEFAULT_VIEW_STATE.pmiRange.to },
};

/** Periods and PMI months the data holds, so a link is checked against the data, not a guess. */
export async function loadDecodeContext(loader: DataLoader): Promise<DecodeContext> {
  try {
    const [periodsText, pmiText] = await Promise.all([loader('periods'), loader('pmi')]);
    const periods = parseCsv(periodsText);
    const pmi = parseCsv(pmiText);
    const months = pmi.ok
      ? pmi.data.rows
          .map((row) => row.month ?? '')
          .filter(Boolean)
          .sort()
      : [];
    return {
      periods: periods.ok
        ? periods.data.rows.map((row) => row.period ?? '').filter(Boolean)
        : FALLBACK_CONTEXT.periods,
      pmiMonths:
        months.length > 0
          ? { first: months[0]!, last: months.at(-1)! }
          : FALLBACK_CONTEXT.pmiMonths,
    };
  } catch {
    // The panels report the failed load; the link still decodes against the defaults.
    return FALLBACK_CONTEXT;
  }
}

const LOCALE_KEY = 'idn-mfg:locale';

/** The language chosen on an earlier visit, if storage is available. */
export function storedLocale(): Locale | null {
  try {
    const value = window.localStorage.getItem(LOCALE_KEY);
    return value === 'en' || value === 'id' ? value : null;
  } catch {
    return null;
  }
}

function viewOf(state: ViewState): ViewState {
  const { period, sector, pmiRange, views, sectorChartKind, locale, theme } = state;
  return { period, sector, pmiRange, views, sectorChartKind, locale, theme };
}

/**
 * Keeps the address bar in step with the view (replaceState: a permalink, not
 * a history entry per click) and remembers the language across visits.
 */
export function startUrlSync(
  store: DashboardStore,
  options: { chart?: ChartId; routeSearch?: string } = {},
): () => void {
  // null, not '': a link whose view is the default still gets its address cleaned of anything else.
  let previous: string | null = null;
  const write = (state: ViewState) => {
    const view = encodeViewState(viewOf(state), options.chart ? { chart: options.chart } : {});
    const search = [options.routeSearch, view].filter(Boolean).join('&');
    if (search === previous) return;
    previous = search;
    const url = `${window.location.pathname}${search ? `?${search}` : ''}${window.location.hash}`;
    try {
      window.history.replaceState(window.history.state, '', url);
    } catch {
      // file:// and sandboxed frames may refuse; the view still works.
    }
  };
  write(store.getState());
  let lastLocale = store.getState().locale;
  return store.subscribe((state) => {
    write(state);
    if (state.locale !== lastLocale) {
      lastLocale = state.locale;
      try {
        window.localStorage.setItem(LOCALE_KEY, state.locale);
      } catch {
        // Storage full or blocked: the URL still carries the language.
      }
    }
  });
}
