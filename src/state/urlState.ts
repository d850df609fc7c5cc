/**
 * Permalinks: a pure, versioned codec between ViewState and a query string
 * (after OWID Grapher's GrapherUrl). Each view field has one entry in
 * PARAMS below (its key, default, which one-chart links carry it, how it is
 * written and read), and the table's type makes a field without an entry a
 * compile error. Only values that differ from the default are written, so
 * links stay short and a default view has a clean URL.
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
 *   data=2                   the data version a shared link or embed was made with
 *
 * The side effects (reading and writing location, reporting what a link
 * asked for in vain) live in urlSync.ts.
 */
import { isMonth } from '../domain/month.ts';
import type { ChartId } from '../domain/chartModel.ts';
import { CHART_IDS, CHART_LINK_FIELDS } from '../domain/chartModel.ts';
import { SECTOR_CHART_KINDS, THEMES, VIEW_MODES } from '../domain/vocabulary.ts';
import { LOCALES } from '../i18n/locales.ts';
import type { ViewState } from './viewState.ts';
import { DEFAULT_VIEW_STATE } from './viewState.ts';

export const URL_STATE_VERSION = 1;

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
  /** The data version now (data/versions.csv); a link's `data` may name it or an earlier one. */
  dataVersion?: number;
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
  const charts = options.chart === undefined ? CHART_IDS : [options.chart];
  const pairs: [string, string][] = [];
  for (const field of VIEW_FIELDS) {
    const { key } = PARAMS[field];
    if (options.chart !== undefined && !carries(options.chart, field)) continue;
    const text = encodeField(state, field, charts);
    if (text !== null) pairs.push([key, text]);
  }
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

// ---------------------------------------------------------------- the parameters

/** What a parameter reports when its value cannot be taken as written: the item (default: the whole value) and why. */
type Report = (reason: IgnoredReason, item?: string) => void;

/** One view field in a link. */
export interface ParamCodec<T> {
  /** The query parameter. */
  key: string;
  /** The value when the link does not set it; never written. */
  default: T;
  /**
   * The one-chart links (embeds, "share this chart") that carry it: every chart's, or those of
   * the charts that list the field in CHART_LINK_FIELDS (domain/chartModel.ts).
   */
  charts: 'every' | 'listing-it';
  /** The value as written in a link for `charts`, or null to write nothing (the default). */
  encode(value: T, charts: readonly ChartId[]): string | null;
  /**
   * The value a link asks for (trimmed, non-empty, at most MAX_VALUE_LENGTH characters),
   * checked against the data; undefined leaves the default. Anything not honoured is reported.
   */
  decode(text: string, context: DecodeContext, report: Report): T | undefined;
}

/** One entry per view field: a field without one does not compile. */
export type ParamTable = { readonly [K in keyof ViewState]: ParamCodec<ViewState[K]> };

/** Writes a value unless it is the default. */
function unlessDefault<T extends string>(fallback: T | null) {
  return (value: T | null): string | null => (value === fallback ? null : value);
}

/** Reads one of a fixed set of words, ignoring case. */
function oneOf<T extends string>(options: readonly T[]) {
  return (text: string, _context: DecodeContext, report: Report): T | undefined => {
    const option = matchOption(text, options);
    if (option === undefined) report('unknown-value');
    return option;
  };
}

/** An id the data holds, ignoring case; `ids` undefined accepts any well-formed id. */
function knownId(text: string, ids: readonly string[] | undefined, report: Report) {
  const lower = text.toLowerCase();
  if (ids === undefined) {
    if (ID_PATTERN.test(lower)) return lower;
    report('malformed');
    return undefined;
  }
  const id = ids.find((candidate) => candidate.toLowerCase() === lower);
  if (id === undefined) report('unknown-value');
  return id;
}

const DEFAULTS = DEFAULT_VIEW_STATE;

/** The parameters of version 1, in the order they are written. */
const PARAMS: ParamTable = {
  period: {
    key: 'period',
    default: DEFAULTS.period,
    charts: 'listing-it',
    encode: unlessDefault(DEFAULTS.period),
    decode: (text, context, report) => knownId(text, context.periods, report),
  },
  sector: {
    key: 'sector',
    default: DEFAULTS.sector,
    charts: 'listing-it',
    encode: unlessDefault(DEFAULTS.sector),
    decode: (text, context, report) => knownId(text, context.sectors, report),
  },
  pmiRange: {
    key: 'pmi',
    default: DEFAULTS.pmiRange,
    charts: 'listing-it',
    encode: ({ from, to }) =>
      from === DEFAULTS.pmiRange.from && to === DEFAULTS.pmiRange.to
        ? null
        : `${from}${RANGE_SEPARATOR}${to}`,
    decode: (text, context, report) => {
      const result = decodePmiRange(text, context.pmiMonths);
      if (result.kind !== 'ok') return void report(result.kind);
      if (result.adjusted) report(result.adjusted);
      return result.range;
    },
  },
  views: {
    key: 'view',
    default: DEFAULTS.views,
    // A one-chart link carries that chart's own view mode only (see encode).
    charts: 'every',
    encode: (views, charts) => {
      const changed = charts
        .filter((chart) => views[chart] !== DEFAULTS.views[chart])
        .map((chart) => `${chart}:${views[chart]}`);
      return changed.length > 0 ? changed.join(',') : null;
    },
    decode: (text, _context, report) => {
      const views = { ...DEFAULTS.views };
      for (const item of text.split(',')) {
        const [chartText = '', modeText = '', ...rest] = item.split(':');
        const chart = matchOption(chartText, CHART_IDS);
        const mode = matchOption(modeText, VIEW_MODES);
        if (chart === undefined) report('unknown-value', item);
        else if (mode === undefined || rest.length > 0) report('malformed', item);
        else views[chart] = mode;
      }
      return views;
    },
  },
  sectorChartKind: {
    key: 'kind',
    default: DEFAULTS.sectorChartKind,
    charts: 'listing-it',
    encode: unlessDefault(DEFAULTS.sectorChartKind),
    decode: oneOf(SECTOR_CHART_KINDS),
  },
  locale: {
    key: 'lang',
    default: DEFAULTS.locale,
    charts: 'every',
    encode: unlessDefault(DEFAULTS.locale),
    decode: oneOf(LOCALES),
  },
  theme: {
    key: 'theme',
    default: DEFAULTS.theme,
    charts: 'every',
    encode: unlessDefault(DEFAULTS.theme),
    decode: oneOf(THEMES),
  },
  dataVersion: {
    key: 'data',
    default: DEFAULTS.dataVersion,
    charts: 'every',
    encode: (version) => (version === null ? null : String(version)),
    decode: (text, context, report) => {
      if (!/^\d{1,6}$/.test(text)) return void report('malformed');
      const version = Number(text);
      if (version < 1 || (context.dataVersion !== undefined && version > context.dataVersion))
        return void report('out-of-range');
      return version;
    },
  },
};

/** The view fields each chart's one-chart links carry, besides the fields every link carries. */
const LINK_FIELDS: Record<ChartId, readonly (keyof ViewState)[]> = CHART_LINK_FIELDS;

/** Whether a one-chart link for `chart` carries `field`. */
function carries(chart: ChartId, field: keyof ViewState): boolean {
  return PARAMS[field].charts === 'every' || LINK_FIELDS[chart].includes(field);
}

/** The view fields in the order their parameters are written. */
const VIEW_FIELDS = Object.keys(PARAMS) as (keyof ViewState)[];
const FIELD_BY_KEY = new Map(VIEW_FIELDS.map((field) => [PARAMS[field].key, field]));

/** Every parameter key of the current version, the version first: what a link may carry. */
export const URL_PARAM_KEYS: readonly string[] = ['v', ...FIELD_BY_KEY.keys()];

function defaultState(): ViewState {
  const state = {} as Record<keyof ViewState, unknown>;
  for (const field of VIEW_FIELDS) state[field] = copyOf(PARAMS[field].default);
  return state as ViewState;
}

/** Defaults are plain values and small records: a shallow copy of a record is enough. */
function copyOf<T>(value: T): T {
  return value !== null && typeof value === 'object' ? { ...value } : value;
}

/** Writes one field; typed per field, so a codec only ever sees its own field's value. */
function encodeField<K extends keyof ViewState>(
  state: ViewState,
  field: K,
  charts: readonly ChartId[],
): string | null {
  return PARAMS[field].encode(state[field], charts);
}

/** Reads one field into `state`; typed per field, so a codec can only set its own field. */
function decodeField<K extends keyof ViewState>(
  state: ViewState,
  field: K,
  text: string,
  context: DecodeContext,
  report: Report,
): void {
  const value = PARAMS[field].decode(text, context, report);
  if (value !== undefined) state[field] = value;
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

  const state = defaultState();
  const seen = new Set<string>(versionIndex >= 0 ? ['v'] : []);
  for (const [param, value] of params) {
    const report: Report = (reason, item = value) => ignored.push({ param, value: item, reason });
    const field = FIELD_BY_KEY.get(param);
    if (field === undefined) {
      // A second `v` is a duplicate; anything else is not ours.
      report(param === 'v' ? 'duplicate' : 'unknown-param');
      continue;
    }
    if (seen.has(param)) {
      report('duplicate');
      continue;
    }
    seen.add(param);
    const text = value.trim();
    if (text === '' || text.length > MAX_VALUE_LENGTH) {
      report('malformed');
      continue;
    }
    decodeField(state, field, text, context, report);
  }
  return { state, ignored };
}
