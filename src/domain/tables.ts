/**
 * The one description of the tables in data/: for each file its columns (kind,
 * unit, meaning, range, word list, what they point at) and key. The reader
 * (readTable.ts) checks every file against it, and the build publishes it as
 * `data/datapackage.json` (Frictionless Data Package v1) through
 * `publishedSchema` below, so the two cannot say different things. What a
 * file means beyond its own cells (derivation, checks across columns and
 * files) lives with each dataset (exports.ts, pmi.ts …), not here.
 */
import { MONTH_NUMBER } from './month.ts';
import { SECTOR_IDS } from './sectors.ts';

/** A table a column may point into (its key); the reader is given the keys it holds. */
export type ReferencedTable = 'sources' | 'periods';

interface ColumnBase {
  description: string;
  /** Every row has a value: an empty cell is refused. */
  required?: boolean;
  /** The column may be left out of the file entirely (older files). */
  optionalColumn?: boolean;
}

/**
 * What a column holds. The kinds are Table Schema v1 types where one fits;
 * `date`, `vintage` and `yearOrMonth` are published as strings with a pattern.
 */
export type ColumnSpec =
  | (ColumnBase & {
      type: 'string';
      /** The only words allowed. */
      enum?: readonly string[];
      /** A key of another table (every `source` points into sources.csv). */
      references?: { table: ReferencedTable; key: string };
    })
  | (ColumnBase & {
      type: 'number';
      /** What the number counts, e.g. "billion USD" (a custom Table Schema property). */
      unit?: string;
      minimum?: number;
      maximum?: number;
    })
  | (ColumnBase & { type: 'year'; minimum?: number; maximum?: number })
  /** `YYYY-MM`. */
  | (ColumnBase & { type: 'yearmonth' })
  /** `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  | (ColumnBase & { type: 'date' })
  /** A release date as precisely as known, or `first/last` (an ISO 8601 interval, first ≤ last). */
  | (ColumnBase & { type: 'vintage' })
  /** `YYYY` or `YYYY-MM`. */
  | (ColumnBase & { type: 'yearOrMonth' });

export interface TableSpec<
  Columns extends Record<string, ColumnSpec> = Record<string, ColumnSpec>,
> {
  file: string;
  title: string;
  description: string;
  /** In the order of the file's header. */
  columns: Columns;
  /** Columns whose values together are unique (the first is named in a duplicate's message). */
  primaryKey: readonly (keyof Columns & string)[];
  /** The file may hold a header and no rows (no history yet, no part-year yet). */
  mayBeEmpty?: boolean;
}

const DATE = `\\d{4}(-${MONTH_NUMBER}(-(0[1-9]|[12]\\d|3[01]))?)?`;

/** The patterns of the kinds published as strings (unanchored, as Table Schema states them). */
export const PATTERNS = {
  date: DATE,
  vintage: `${DATE}(/${DATE})?`,
  yearOrMonth: `\\d{4}(-${MONTH_NUMBER})?`,
} as const;

const BILLION_USD = 'billion USD';

const source = {
  type: 'string',
  required: true,
  references: { table: 'sources', key: 'id' },
  description: 'The source of the figures in this row: an `id` in sources.csv.',
} as const;

/** Where a row's figures were read, when not at its source's own address (a PMI month, a seed article). */
const url = {
  type: 'string',
  optionalColumn: true,
  description:
    'The address this row’s figures were read at, when it is not the source’s own `url` (empty: the source’s).',
} as const;

/** The phrase that states a row's figures, in the source's language: every stated number appears in it as printed. */
const quote = {
  type: 'string',
  optionalColumn: true,
  description:
    'The phrase that states this row’s figures, copied from the source in its own language; every stated number in the row appears in it as printed (126,57 or 126.57).',
} as const;

/** What the source calls the measure: older statements say industri pengolahan, recent ones industri pengolahan nonmigas. */
export const MEASURES = ['industri-pengolahan', 'industri-pengolahan-nonmigas'] as const;
export type Measure = (typeof MEASURES)[number];
const measure = {
  type: 'string',
  optionalColumn: true,
  enum: MEASURES,
  description:
    'The measure as the source names it: industri-pengolahan (manufacturing) or industri-pengolahan-nonmigas (non-oil-and-gas manufacturing, IPNM). Two years of different measures may not measure the same thing.',
} as const;

/** How a figure in vintages.csv stands to the current one. */
export const VINTAGE_STATUSES = [
  'first-release',
  'as-printed',
  'other-report',
  'estimate',
] as const;
export type VintageStatus = (typeof VINTAGE_STATUSES)[number];
/** The tables whose figures have a history in vintages.csv and a log in changes.csv. */
export const HISTORY_TABLES = [
  'annual-totals',
  'part-year-totals',
  'periods',
  'sector-exports',
  'monthly-exports',
  'pmi',
] as const;
export const CHANGE_KINDS = ['added', 'revised'] as const;

export const CONTEXT_UNITS = ['percent', 'billion-people', 'million-people'] as const;
export const FREQUENCIES = ['month', 'quarter', 'year', 'period'] as const;

export const INDICATOR_UNITS = {
  /** A share of a whole: 0–100. */
  percent: { min: 0, max: 100 },
  /** Growth on the previous period: above −100. */
  'percent-change': { min: -100, max: undefined },
} as const;
export type IndicatorUnit = keyof typeof INDICATOR_UNITS;

export const INDICATOR_IDS = {
  /** Growth of manufacturing exports on the previous year, as stated with the year's total. */
  'manufacturing-exports-growth': 'percent-change',
  /** Manufacturing's share of GDP. */
  'manufacturing-share-of-gdp': 'percent',
} as const satisfies Record<string, IndicatorUnit>;
export type IndicatorId = keyof typeof INDICATOR_IDS;

const keysOf = <Word extends string>(record: Record<Word, unknown>) =>
  Object.keys(record) as Word[];

export const TABLES = {
  sources: {
    file: 'sources.csv',
    title: 'Sources',
    description:
      'Every release a figure is taken from: publisher, title (in English and Bahasa Indonesia) and release date (vintage). A news report is named as printed: outlet, place and date.',
    columns: {
      id: { type: 'string', required: true, description: 'The source’s id.' },
      publisher: { type: 'string', required: true, description: 'Publisher, in English.' },
      title: { type: 'string', required: true, description: 'Title, in English.' },
      publisher_indonesian: {
        type: 'string',
        required: true,
        description: 'Publisher, in Bahasa Indonesia.',
      },
      title_indonesian: {
        type: 'string',
        required: true,
        description: 'Title, in Bahasa Indonesia (the source’s own words where it is Indonesian).',
      },
      vintage: {
        type: 'vintage',
        required: true,
        description:
          'Release date as precisely as known: YYYY, YYYY-MM or YYYY-MM-DD; first/last (an ISO 8601 interval) for a series released over time, such as a monthly index as first released each month.',
      },
      url: {
        type: 'string',
        optionalColumn: true,
        description:
          'The address the source’s figures were read at (empty only where every row names its own, as the PMI’s months do, or the copy is a seed article).',
      },
      note: { type: 'string', description: 'Who wrote it, where it was reported, what it is not.' },
    },
    primaryKey: ['id'],
  },
  periods: {
    file: 'periods.csv',
    title: 'Periods with a sector breakdown',
    description:
      'Each period for which a release breaks manufacturing exports down by sector, with its total.',
    columns: {
      period: { type: 'string', required: true, description: 'Period id, e.g. 2019 or 2019-h1.' },
      start: { type: 'yearmonth', required: true, description: 'First month (YYYY-MM).' },
      end: { type: 'yearmonth', required: true, description: 'Last month (YYYY-MM).' },
      coverage: {
        type: 'string',
        required: true,
        enum: ['full-year', 'partial'],
        description: 'full-year, or partial (not comparable with full years).',
      },
      total_busd: {
        type: 'number',
        unit: BILLION_USD,
        required: true,
        minimum: 0,
        description: 'Manufacturing exports in the period, billion USD, as printed by the source.',
      },
      source,
      url,
      quote,
    },
    primaryKey: ['period'],
  },
  /** Each row states a sector's share, its value, or both (checked to agree by exports.ts). */
  sectorExports: {
    file: 'sector-exports.csv',
    title: 'Manufacturing exports by sector',
    description:
      'A sector’s share and value of manufacturing exports in a period, as printed by the source. An empty cell is a figure the source does not state (the dashboard derives it and marks it ≈).',
    columns: {
      period: {
        type: 'string',
        required: true,
        references: { table: 'periods', key: 'period' },
        description: 'The period: a `period` in periods.csv.',
      },
      sector: {
        type: 'string',
        required: true,
        enum: SECTOR_IDS,
        description: 'Sector id, e.g. food.',
      },
      share_pct: {
        type: 'number',
        unit: 'percent',
        minimum: 0,
        maximum: 100,
        description: 'Share of the period’s manufacturing exports, percent (0–100).',
      },
      value_busd: {
        type: 'number',
        unit: BILLION_USD,
        minimum: 0,
        description: 'Exports of the sector in the period, billion USD.',
      },
      source,
      url,
      quote,
    },
    primaryKey: ['period', 'sector'],
  },
  annualTotals: {
    file: 'annual-totals.csv',
    title: 'Manufacturing exports by year',
    description:
      'Manufacturing and national exports of a year as stated by the source; empty where the source does not state a figure.',
    columns: {
      year: {
        type: 'year',
        required: true,
        minimum: 1900,
        maximum: 2100,
        description: 'The calendar year.',
      },
      manufacturing_busd: {
        type: 'number',
        unit: BILLION_USD,
        required: true,
        minimum: 0,
        description: 'Manufacturing exports, billion USD.',
      },
      national_busd: {
        type: 'number',
        unit: BILLION_USD,
        minimum: 0,
        description: 'All of Indonesia’s exports, billion USD.',
      },
      share_of_national_pct: {
        type: 'number',
        unit: 'percent',
        minimum: 0,
        maximum: 100,
        description:
          'Manufacturing’s share of national exports, percent, where the source states it.',
      },
      measure,
      source,
      url,
      quote,
    },
    primaryKey: ['year'],
  },
  partYearTotals: {
    file: 'part-year-totals.csv',
    title: 'Manufacturing exports in part of a year',
    description:
      'Manufacturing and national exports from the start of a year to a month (January–October 2025), as stated by the source: a part-year, never comparable with a full year.',
    columns: {
      period: {
        type: 'string',
        required: true,
        description: 'Period id, e.g. 2025-jan-oct.',
      },
      start: { type: 'yearmonth', required: true, description: 'First month (YYYY-MM).' },
      end: { type: 'yearmonth', required: true, description: 'Last month (YYYY-MM).' },
      manufacturing_busd: {
        type: 'number',
        unit: BILLION_USD,
        required: true,
        minimum: 0,
        description: 'Manufacturing exports in the period, billion USD.',
      },
      national_busd: {
        type: 'number',
        unit: BILLION_USD,
        minimum: 0,
        description: 'All of Indonesia’s exports in the period, billion USD.',
      },
      share_of_national_pct: {
        type: 'number',
        unit: 'percent',
        minimum: 0,
        maximum: 100,
        description: 'Manufacturing’s share of national exports, percent, where stated.',
      },
      measure,
      source,
      url,
      quote,
    },
    primaryKey: ['period'],
    mayBeEmpty: true,
  },
  monthlyExports: {
    file: 'monthly-exports.csv',
    title: 'Manufacturing exports in single months',
    description:
      'Manufacturing exports of one month, as stated in a report of the monthly trade release; only the months a source states.',
    columns: {
      month: { type: 'yearmonth', required: true, description: 'The month (YYYY-MM).' },
      manufacturing_busd: {
        type: 'number',
        unit: BILLION_USD,
        required: true,
        minimum: 0,
        description: 'Manufacturing exports in the month, billion USD.',
      },
      share_of_national_pct: {
        type: 'number',
        unit: 'percent',
        minimum: 0,
        maximum: 100,
        description:
          'Manufacturing’s share of the month’s national exports, percent, where stated.',
      },
      measure,
      source,
      url,
      quote,
    },
    primaryKey: ['month'],
    mayBeEmpty: true,
  },
  vintages: {
    file: 'vintages.csv',
    title: 'Every other printing of a figure',
    description:
      'The history of the figures: each value a figure had in an earlier release, a restatement printed by another outlet, an estimate made before its period ended, or a different value another report printed. The current value is in the figure’s own table.',
    columns: {
      table: {
        type: 'string',
        required: true,
        enum: HISTORY_TABLES,
        description: 'The table of the figure (its file name without .csv).',
      },
      key: {
        type: 'string',
        required: true,
        description: 'The figure’s row: its key in that table (period/sector for sector-exports).',
      },
      column: { type: 'string', required: true, description: 'The figure’s column.' },
      value: {
        type: 'number',
        required: true,
        description: 'The value as printed.',
      },
      status: {
        type: 'string',
        required: true,
        enum: VINTAGE_STATUSES,
        description:
          'first-release (the release the figure first came in), as-printed (another report of a current or earlier value), other-report (a different value another report printed), estimate (said before the period ended: never a release).',
      },
      published: { type: 'date', description: 'When it was printed, as precisely as known.' },
      source: {
        type: 'string',
        references: { table: 'sources', key: 'id' },
        description: 'A source in sources.csv, where the printing is one.',
      },
      publisher: { type: 'string', required: true, description: 'Who printed it.' },
      url: { type: 'string', required: true, description: 'The address it was read at.' },
      quote: {
        type: 'string',
        required: true,
        description: 'The phrase that states it, as printed.',
      },
    },
    primaryKey: ['table', 'key', 'column', 'value', 'url'],
    mayBeEmpty: true,
  },
  versions: {
    file: 'versions.csv',
    title: 'Versions of the data',
    description:
      'Each version of the bundled data: its number, the date it was published and what it brought, in English and Bahasa Indonesia.',
    columns: {
      version: {
        type: 'number',
        required: true,
        minimum: 1,
        description: 'The data version, counting from 1.',
      },
      date: { type: 'date', required: true, description: 'When it was published (YYYY-MM-DD).' },
      summary: { type: 'string', required: true, description: 'What it brought, in English.' },
      summary_indonesian: {
        type: 'string',
        required: true,
        description: 'What it brought, in Bahasa Indonesia.',
      },
    },
    primaryKey: ['version'],
  },
  changes: {
    file: 'changes.csv',
    title: 'What changed in each version',
    description:
      'Every figure a data version added or revised (old → new, with the source of the new value).',
    columns: {
      version: {
        type: 'number',
        required: true,
        minimum: 1,
        description: 'The data version that made the change.',
      },
      table: {
        type: 'string',
        required: true,
        enum: HISTORY_TABLES,
        description: 'The table of the figure.',
      },
      key: { type: 'string', required: true, description: 'The figure’s row in that table.' },
      column: { type: 'string', required: true, description: 'The figure’s column.' },
      kind: {
        type: 'string',
        required: true,
        enum: CHANGE_KINDS,
        description: 'added or revised.',
      },
      old: { type: 'number', description: 'The value before (revised only).' },
      new: { type: 'number', required: true, description: 'The value after.' },
      source: {
        type: 'string',
        references: { table: 'sources', key: 'id' },
        description: 'The source of the new value.',
      },
    },
    primaryKey: ['version', 'table', 'key', 'column'],
    mayBeEmpty: true,
  },
  indicators: {
    file: 'indicators.csv',
    title: 'Single stated figures of an indicator',
    description:
      'One figure of an indicator in a period, as stated by its source (e.g. the growth of manufacturing exports).',
    columns: {
      indicator: {
        type: 'string',
        required: true,
        enum: keysOf(INDICATOR_IDS),
        description: 'Indicator id.',
      },
      period: { type: 'yearOrMonth', required: true, description: 'YYYY or YYYY-MM.' },
      value: {
        type: 'number',
        required: true,
        // The loosest of the units' ranges; each indicator's own unit is checked in indicators.ts.
        minimum: INDICATOR_UNITS['percent-change'].min,
        description: 'The figure, in the row’s unit.',
      },
      unit: {
        type: 'string',
        required: true,
        enum: keysOf(INDICATOR_UNITS),
        description: 'percent (0–100) or percent-change (above −100).',
      },
      source,
      url,
      quote,
    },
    primaryKey: ['indicator', 'period'],
  },
  pmi: {
    file: 'pmi.csv',
    title: 'S&P Global Indonesia Manufacturing PMI, as first released',
    description:
      'The monthly manufacturing PMI, seasonally adjusted, as first released (around the first working day of the next month). Above 50 means expansion on the month before, below 50 contraction. Proprietary data of S&P Global: attribute it as “S&P Global Indonesia Manufacturing PMI”.',
    columns: {
      month: { type: 'yearmonth', required: true, description: 'The month (YYYY-MM).' },
      pmi: {
        type: 'number',
        unit: 'index (50 = no change on the month before)',
        required: true,
        minimum: 0,
        maximum: 100,
        description: 'The PMI, an index; 50 separates expansion from contraction.',
      },
      first_release: {
        type: 'yearmonth',
        optionalColumn: true,
        description: 'The month the value was first published (YYYY-MM), after the month itself.',
      },
      source,
      url,
      quote,
    },
    primaryKey: ['month'],
  },
  series: {
    file: 'series.csv',
    title: 'Facts about whole series',
    description: 'What a publisher states about a whole series, e.g. when it began.',
    columns: {
      series: { type: 'string', required: true, description: 'Series id, e.g. pmi.' },
      frequency: {
        type: 'string',
        required: true,
        enum: FREQUENCIES,
        description: 'How often it is released: month, quarter, year or period.',
      },
      series_start: {
        type: 'yearmonth',
        description: 'The month the publisher began the series (YYYY-MM); empty when not known.',
      },
      source,
    },
    primaryKey: ['series'],
  },
  context: {
    file: 'context.csv',
    title: 'Context figures',
    description:
      'Figures quoted for context (domestic demand, workers affected by the pandemic), as reported.',
    columns: {
      id: { type: 'string', required: true, description: 'Figure id.' },
      value: {
        type: 'number',
        required: true,
        minimum: 0,
        description: 'The figure, in the row’s unit (at most 100 when a percentage).',
      },
      unit: {
        type: 'string',
        required: true,
        enum: CONTEXT_UNITS,
        description: 'percent, billion-people or million-people.',
      },
      as_of: {
        type: 'date',
        required: true,
        description: 'The date the figure refers to: YYYY, YYYY-MM or YYYY-MM-DD.',
      },
      source,
      url,
      quote,
    },
    primaryKey: ['id'],
  },
} as const satisfies Record<string, TableSpec>;

export type TableKey = keyof typeof TABLES;

/** A Table Schema v1 field, as published in data/datapackage.json. */
export interface PublishedField {
  name: string;
  type: 'string' | 'number' | 'year' | 'yearmonth';
  description: string;
  unit?: string;
  constraints?: {
    required?: true;
    enum?: string[];
    pattern?: string;
    minimum?: number;
    maximum?: number;
  };
}

/** A column as a Table Schema field: the constraints the reader checks, in Table Schema's words. */
export function publishedField(name: string, column: ColumnSpec): PublishedField {
  const pattern =
    column.type === 'date' || column.type === 'vintage' || column.type === 'yearOrMonth'
      ? PATTERNS[column.type]
      : undefined;
  const unit = column.type === 'number' ? column.unit : undefined;
  const constraints = {
    ...(column.required ? { required: true as const } : {}),
    ...(column.type === 'string' && column.enum ? { enum: [...column.enum] } : {}),
    ...(pattern ? { pattern } : {}),
    ...((column.type === 'number' || column.type === 'year') && column.minimum !== undefined
      ? { minimum: column.minimum }
      : {}),
    ...((column.type === 'number' || column.type === 'year') && column.maximum !== undefined
      ? { maximum: column.maximum }
      : {}),
  };
  return {
    name,
    type: pattern ? 'string' : (column.type as PublishedField['type']),
    description: unit ? `${column.description} Unit: ${unit}.` : column.description,
    ...(unit ? { unit } : {}),
    ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
  };
}

/** The file name a table is published under, without `.csv` (its resource name). */
export function resourceName(table: TableKey | ReferencedTable): string {
  return TABLES[table].file.replace(/\.csv$/, '');
}

/**
 * A table's Table Schema: its fields (those in `header`, so a file that
 * leaves out an optional column is described as it is), key and foreign keys.
 */
export function publishedSchema(table: TableKey, header: readonly string[]) {
  const columns: Record<string, ColumnSpec> = TABLES[table].columns;
  const entries = Object.entries(columns);
  const foreignKeys = entries.flatMap(([name, column]) =>
    column.type === 'string' && column.references
      ? [
          {
            fields: name,
            reference: {
              resource: resourceName(column.references.table),
              fields: column.references.key,
            },
          },
        ]
      : [],
  );
  const primaryKey: readonly string[] = TABLES[table].primaryKey;
  return {
    fields: entries
      .filter(([name]) => header.includes(name))
      .map(([name, column]) => publishedField(name, column)),
    missingValues: [''],
    primaryKey: primaryKey.length === 1 ? primaryKey[0]! : [...primaryKey],
    ...(foreignKeys.length > 0 ? { foreignKeys } : {}),
  };
}
