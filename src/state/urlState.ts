/**
 * Permalinks: a pure, versioned codec between ViewState and a query string
 * (after OWID Grapher's GrapherUrl). Only values that differ from the default
 * are written, so links stay short and a default view has a clean URL.
 *
 * Decoding never throws: unknown, malformed or out-of-range parameters fall
 * back to the default and are reported in `ignored`, so the UI can say which
 * parts of a link it could not honour. Old links keep working through
 * migrations (version 0 → 1 below); a link's version is its `v` parameter.
 *
 * Keys (version 1), in the order they are written:
 *   v=1                      version (written whenever anything else is)
 *   period=2019              sector-breakdown period id
 *   sector=food              highlighted sector
 *   pmi=2020-01..2020-12     PMI months, inclusive
 *   view=pmi:table,…         charts shown as a table instead of a chart
 *   kind=donut               sector chart kind
 *   lang=id                  language
 *   theme=dark               colour theme
 *
 * The side effect (reading and writing location) lives in urlSync.ts.
 */
import { isMonth } from '../domain/month.ts';
import type { ChartId } from '../domain/chartModel.ts';
import { CHART_IDS } from '../domain/chartModel.ts';
import type { SectorChartKind, ViewMode, ViewState } from './viewState.ts';
import { DEFAULT_VIEW_STATE, LOCALES, THEMES } from './viewState.ts';

export const URL_STATE_VERSION = 1;

/** Parameter keys of the current version, in the order they are written. */
export const URL_PARAM_KEYS = [
  'v',
  'period',
  'sector',
  'pmi',
  'view',
  'kind',
  'lang',
  'theme',
] as const;
export type UrlParamKey = (typeof URL_PARAM_KEYS)[number];

export interface EncodeOptions {
  /**
   * A link for one chart (an embed, "share this chart"): only the parameters
   * that change that chart are written, plus language and theme.
   */
  chart?: ChartId;
}

export interface DecodeContext {
  /** Period ids in the data (data/periods.csv). */
  periods: readonly string[];
  /** Sector ids in the data; when absent any well-formed id is accepted. */
  sectors?: readonly string[];
  /** First and last month of the PMI series, `YYYY-MM`. */
  pmiMonths: { first: string; last: string };
}

/**
 * Why a parameter was not taken as written. `clamped` and `reversed` mean
 * the value was adjusted and used; every other reason means it was dropped.
 */
export type IgnoredReason =
  | 'unknown-param'
  | 'duplicate'
  | 'malformed'
  | 'unknown-value'
  | 'out-of-range'
  | 'clamped'
  | 'reversed'
  | 'unsupported-version';

export interface IgnoredParam {
  param: string;
  value: string;
  reason: IgnoredReason;
}

export interface DecodedViewState {
  state: ViewState;
  ignored: IgnoredParam[];
}

const VIEW_MODES: readonly ViewMode[] = ['chart', 'table'];
const SECTOR_CHART_KINDS: readonly SectorChartKind[] = ['bar', 'donut'];

/** Which parameters change which chart (language and theme change every chart). */
const CHART_PARAMS: Record<ChartId, readonly UrlParamKey[]> = {
  'sector-shares': ['period', 'sector', 'kind'],
  'exports-trend': [],
  pmi: ['pmi'],
};

const RANGE_SEPARATOR = '..';
/** Longer values are not ours: refuse them rather than carry them around. */
const MAX_VALUE_LENGTH = 100;
const ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,59}$/;
const YEAR_PATTERN = /^\d{4}$/;

// ---------------------------------------------------------------- encoding

/** Percent-encodes a value but keeps `:` and `,` readable (both are allowed in a query, RFC 3986). */
function encodeValue(value: string): string {
  return encodeURIComponent(value).replace(/%3A/gi, ':').replace(/%2C/gi, ',');
}

/** The query string for a view state, without the leading `?`; '' for the default view. */
export function encodeViewState(state: ViewState, options: EncodeOptions = {}): string {
  const defaults = DEFAULT_VIEW_STATE;
  const wanted = (key: UrlParamKey) =>
    options.chart === undefined ||
    key === 'lang' ||
    key === 'theme' ||
    key === 'view' ||
    CHART_PARAMS[options.chart].includes(key);
  const charts = options.chart === undefined ? CHART_IDS : [options.chart];

  const pairs: [UrlParamKey, string][] = [];
  if (wanted('period') && state.period !== defaults.period) pairs.push(['period', state.period]);
  if (wanted('sector') && state.sector !== null) pairs.push(['sector', state.sector]);
  if (
    wanted('pmi') &&
    (state.pmiRange.from !== defaults.pmiRange.from || state.pmiRange.to !== defaults.pmiRange.to)
  ) {
    pairs.push(['pmi', `${state.pmiRange.from}${RANGE_SEPARATOR}${state.pmiRange.to}`]);
  }
  const views = charts
    .filter((chart) => state.views[chart] !== defaults.views[chart])
    .map((chart) => `${chart}:${state.views[chart]}`);
  if (views.length > 0) pairs.push(['view', views.join(',')]);
  if (wanted('kind') && state.sectorChartKind !== defaults.sectorChartKind) {
    pairs.push(['kind', state.sectorChartKind]);
  }
  if (state.locale !== defaults.locale) pairs.push(['lang', state.locale]);
  if (state.theme !== defaults.theme) pairs.push(['theme', state.theme]);

  if (pairs.length === 0) return '';
  const withVersion: [string, string][] = [['v', String(URL_STATE_VERSION)], ...pairs];
  return withVersion.map(([key, value]) => `${key}=${encodeValue(value)}`).join('&');
}

// ---------------------------------------------------------------- migrations

type Params = [string, string][];

interface MigrationResult {
  params: Params;
  ignored: IgnoredParam[];
}

/** `2018-2021`, `2018..2021` or `2019` → `2018-01..2021-12`; null when it is none of those. */
function migrateYearRange(value: string): string | null {
  const match = /^(\d{4})(?:(?:-|\.\.)(\d{4}))?$/.exec(value.trim());
  if (!match) return null;
  const from = match[1]!;
  const to = match[2] ?? from;
  return `${from}-01${RANGE_SEPARATOR}${to}-12`;
}

/**
 * Version 0 (links made before `v` existed): `year=2019` for the period,
 * `range=2018-2021` for the PMI years, and `lang=in`, the old ISO 639 code
 * for Indonesian. Other keys meant the same then as now.
 */
function migrateV0(params: Params): MigrationResult {
  const ignored: IgnoredParam[] = [];
  const migrated: Params = [];
  // An explicit new key wins over an old one, whatever the order in the link.
  const present = new Set(params.map(([key]) => key));
  for (const [key, value] of params) {
    if (key === 'year') {
      if (present.has('period')) ignored.push({ param: key, value, reason: 'duplicate' });
      else migrated.push(['period', value]);
    } else if (key === 'range') {
      const pmi = migrateYearRange(value);
      if (present.has('pmi')) ignored.push({ param: key, value, reason: 'duplicate' });
      else if (pmi === null) ignored.push({ param: key, value, reason: 'malformed' });
      else migrated.push(['pmi', pmi]);
    } else if (key === 'lang' && value.trim().toLowerCase() === 'in') {
      migrated.push(['lang', 'id']);
    } else {
      migrated.push([key, value]);
    }
  }
  return { params: migrated, ignored };
}

/** Migration from version n to n + 1, keyed by n. */
const MIGRATIONS: Record<number, (params: Params) => MigrationResult> = { 0: migrateV0 };

// ---------------------------------------------------------------- decoding

function parseParams(search: string): Params {
  const query = search.replace(/^[?#]/, '');
  try {
    return [...new URLSearchParams(query).entries()];
  } catch {
    // URLSearchParams is lenient by spec; this is belt and braces for odd hosts.
    return [];
  }
}

function matchOption<T extends string>(value: string, options: readonly T[]): T | undefined {
  const lower = value.trim().toLowerCase();
  return options.find((option) => option.toLowerCase() === lower);
}

/** One end of a range: a month, or a year (its first or last month). */
function parseRangeEnd(value: string, end: 'from' | 'to'): string | null {
  const text = value.trim();
  if (isMonth(text)) return text;
  if (YEAR_PATTERN.test(text)) return `${text}-${end === 'from' ? '01' : '12'}`;
  return null;
}

type RangeResult =
  | { kind: 'ok'; range: { from: string; to: string }; adjusted?: 'clamped' | 'reversed' }
  | { kind: 'malformed' }
  | { kind: 'out-of-range' };

function decodePmiRange(value: string, months: DecodeContext['pmiMonths']): RangeResult {
  const parts = value.split(RANGE_SEPARATOR);
  if (parts.length > 2) return { kind: 'malformed' };
  const from = parseRangeEnd(parts[0] ?? '', 'from');
  const to = parseRangeEnd(parts[1] ?? parts[0] ?? '', 'to');
  if (from === null || to === null) return { kind: 'malformed' };
  let adjusted: 'clamped' | 'reversed' | undefined;
  let range = { from, to };
  if (from > to) {
    range = {
      from: parseRangeEnd(parts[1] ?? '', 'from') ?? to,
      to: parseRangeEnd(parts[0] ?? '', 'to') ?? from,
    };
    adjusted = 'reversed';
  }
  // Without a usable data span there is nothing to clamp to; take the range as written.
  if (!isMonth(months.first) || !isMonth(months.last)) return { kind: 'ok', range, adjusted };
  const first = months.first <= months.last ? months.first : months.last;
  const last = months.first <= months.last ? months.last : months.first;
  if (range.to < first || range.from > last) return { kind: 'out-of-range' };
  const clamped = {
    from: range.from < first ? first : range.from,
    to: range.to > last ? last : range.to,
  };
  if (clamped.from !== range.from || clamped.to !== range.to) adjusted = adjusted ?? 'clamped';
  return { kind: 'ok', range: clamped, adjusted };
}

function cloneDefault(): ViewState {
  return {
    ...DEFAULT_VIEW_STATE,
    pmiRange: { ...DEFAULT_VIEW_STATE.pmiRange },
    views: { ...DEFAULT_VIEW_STATE.views },
  };
}

function readVersion(params: Params, ignored: IgnoredParam[]): number {
  const entry = params.find(([key]) => key === 'v');
  if (entry === undefined) return 0;
  const version = /^\d{1,3}$/.test(entry[1].trim()) ? Number(entry[1].trim()) : NaN;
  if (version >= 0 && version <= URL_STATE_VERSION) return version;
  // A newer or garbled version: read it as the current one, which is the best guess we have.
  ignored.push({ param: 'v', value: entry[1], reason: 'unsupported-version' });
  return URL_STATE_VERSION;
}

/**
 * Reads a query string (with or without `?`) into a view state. Every
 * parameter that cannot be honoured leaves its default and is reported.
 */
export function decodeViewState(search: string, context: DecodeContext): DecodedViewState {
  const ignored: IgnoredParam[] = [];
  let params = parseParams(typeof search === 'string' ? search : '');
  let version = readVersion(params, ignored);
  // The first `v` is the version; any further `v` is reported as a duplicate below.
  const versionIndex = params.findIndex(([key]) => key === 'v');
  if (versionIndex >= 0) params = params.filter((_, index) => index !== versionIndex);
  while (version < URL_STATE_VERSION) {
    const migration = MIGRATIONS[version];
    if (migration) {
      const result = migration(params);
      params = result.params;
      ignored.push(...result.ignored);
    }
    version += 1;
  }

  const state = cloneDefault();
  const seen = new Set<string>(versionIndex >= 0 ? ['v'] : []);
  const periodsByLower = new Map(context.periods.map((id) => [id.toLowerCase(), id]));
  const sectorsByLower = context.sectors
    ? new Map(context.sectors.map((id) => [id.toLowerCase(), id]))
    : undefined;

  for (const [param, value] of params) {
    const reject = (reason: IgnoredReason) => ignored.push({ param, value, reason });
    if (!(URL_PARAM_KEYS as readonly string[]).includes(param)) {
      reject('unknown-param');
      continue;
    }
    if (seen.has(param)) {
      reject('duplicate');
      continue;
    }
    seen.add(param);
    const text = value.trim();
    if (text === '' || text.length > MAX_VALUE_LENGTH) {
      reject('malformed');
      continue;
    }
    switch (param as UrlParamKey) {
      case 'period': {
        const period = periodsByLower.get(text.toLowerCase());
        if (period === undefined) reject('unknown-value');
        else state.period = period;
        break;
      }
      case 'sector': {
        const lower = text.toLowerCase();
        if (sectorsByLower) {
          const sector = sectorsByLower.get(lower);
          if (sector === undefined) reject('unknown-value');
          else state.sector = sector;
        } else if (ID_PATTERN.test(lower)) {
          state.sector = lower;
        } else {
          reject('malformed');
        }
        break;
      }
      case 'pmi': {
        const result = decodePmiRange(text, context.pmiMonths);
        if (result.kind === 'ok') {
          state.pmiRange = result.range;
          if (result.adjusted) reject(result.adjusted);
        } else {
          reject(result.kind);
        }
        break;
      }
      case 'view': {
        for (const item of text.split(',')) {
          const [chartText = '', modeText = '', ...rest] = item.split(':');
          const chart = matchOption(chartText, CHART_IDS);
          const mode = matchOption(modeText, VIEW_MODES);
          if (chart === undefined || mode === undefined || rest.length > 0) {
            ignored.push({
              param,
              value: item,
              reason: chart === undefined ? 'unknown-value' : 'malformed',
            });
          } else {
            state.views[chart] = mode;
          }
        }
        break;
      }
      case 'kind': {
        const kind = matchOption(text, SECTOR_CHART_KINDS);
        if (kind === undefined) reject('unknown-value');
        else state.sectorChartKind = kind;
        break;
      }
      case 'lang': {
        const locale = matchOption(text, LOCALES);
        if (locale === undefined) reject('unknown-value');
        else state.locale = locale;
        break;
      }
      case 'theme': {
        const theme = matchOption(text, THEMES);
        if (theme === undefined) reject('unknown-value');
        else state.theme = theme;
        break;
      }
      case 'v':
        // Unreachable: the version was read above and a second `v` is a duplicate.
        break;
    }
  }
  return { state, ignored };
}
