/**
 * One description of the tables in data/: file, columns (type, unit, meaning),
 * keys. The readers take their file names and required columns from here,
 * and the build writes the published Data Package descriptor
 * (`data/datapackage.json`, Frictionless Data Package v1) from it, so the
 * two cannot say different things. Types are Table Schema v1 types.
 */

export type FieldType = 'string' | 'number' | 'year' | 'yearmonth';

export interface ColumnSpec {
  name: string;
  type: FieldType;
  description: string;
  /** What a number counts, e.g. "billion USD" (a custom Table Schema property). */
  unit?: string;
  /** Every row has a value (an empty cell is refused). */
  required?: boolean;
  /** The column may be left out of the file entirely (older files). */
  optionalColumn?: boolean;
  enum?: readonly string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
}

export interface TableSpec {
  file: string;
  title: string;
  description: string;
  columns: readonly ColumnSpec[];
  primaryKey: readonly string[];
  /** Columns that point at another table's key (every table's `source` points into sources.csv). */
  foreignKeys: readonly { fields: string; table: string; key: string }[];
}

const DATE = '\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?';
const BILLION_USD = 'billion USD';

const source: ColumnSpec = {
  name: 'source',
  type: 'string',
  required: true,
  description: 'The source of the figures in this row: an `id` in sources.csv.',
};
const sourceKey = { fields: 'source', table: 'sources', key: 'id' } as const;
const valueInRowUnit: ColumnSpec = {
  name: 'value',
  type: 'number',
  required: true,
  description: 'The figure, in the row’s unit.',
};

export const TABLES = {
  sources: {
    file: 'sources.csv',
    title: 'Sources',
    description:
      'Every release a figure is taken from: publisher, title (in English and Bahasa Indonesia) and release date (vintage). A news report is named as printed: outlet, place and date.',
    columns: [
      { name: 'id', type: 'string', required: true, description: 'The source’s id.' },
      { name: 'publisher', type: 'string', required: true, description: 'Publisher, in English.' },
      { name: 'title', type: 'string', required: true, description: 'Title, in English.' },
      {
        name: 'publisher_indonesian',
        type: 'string',
        required: true,
        description: 'Publisher, in Bahasa Indonesia.',
      },
      {
        name: 'title_indonesian',
        type: 'string',
        required: true,
        description: 'Title, in Bahasa Indonesia (the source’s own words where it is Indonesian).',
      },
      {
        name: 'vintage',
        type: 'string',
        required: true,
        pattern: `${DATE}(/${DATE})?`,
        description:
          'Release date as precisely as known: YYYY, YYYY-MM or YYYY-MM-DD; first/last (an ISO 8601 interval) for a series released over time, such as a monthly index as first released each month.',
      },
      {
        name: 'note',
        type: 'string',
        description: 'Who wrote it, where it was reported, what it is not.',
      },
    ],
    primaryKey: ['id'],
    foreignKeys: [],
  },
  periods: {
    file: 'periods.csv',
    title: 'Periods with a sector breakdown',
    description:
      'Each period for which a release breaks manufacturing exports down by sector, with its total.',
    columns: [
      {
        name: 'period',
        type: 'string',
        required: true,
        description: 'Period id, e.g. 2019 or 2019-h1.',
      },
      { name: 'start', type: 'yearmonth', required: true, description: 'First month (YYYY-MM).' },
      { name: 'end', type: 'yearmonth', required: true, description: 'Last month (YYYY-MM).' },
      {
        name: 'coverage',
        type: 'string',
        required: true,
        enum: ['full-year', 'partial'],
        description: 'full-year, or partial (not comparable with full years).',
      },
      {
        name: 'total_busd',
        type: 'number',
        unit: BILLION_USD,
        required: true,
        minimum: 0,
        description: 'Manufacturing exports in the period, billion USD, as printed by the source.',
      },
      source,
    ],
    primaryKey: ['period'],
    foreignKeys: [sourceKey],
  },
  sectorExports: {
    file: 'sector-exports.csv',
    title: 'Manufacturing exports by sector',
    description:
      'A sector’s share and value of manufacturing exports in a period, as printed by the source. An empty cell is a figure the source does not state (the dashboard derives it and marks it ≈).',
    columns: [
      {
        name: 'period',
        type: 'string',
        required: true,
        description: 'The period: a `period` in periods.csv.',
      },
      { name: 'sector', type: 'string', required: true, description: 'Sector id, e.g. food.' },
      {
        name: 'share_pct',
        type: 'number',
        unit: 'percent',
        minimum: 0,
        maximum: 100,
        description: 'Share of the period’s manufacturing exports, percent (0–100).',
      },
      {
        name: 'value_busd',
        type: 'number',
        unit: BILLION_USD,
        minimum: 0,
        description: 'Exports of the sector in the period, billion USD.',
      },
      source,
    ],
    primaryKey: ['period', 'sector'],
    foreignKeys: [sourceKey, { fields: 'period', table: 'periods', key: 'period' }],
  },
  annualTotals: {
    file: 'annual-totals.csv',
    title: 'Manufacturing exports by year',
    description:
      'Manufacturing and national exports of a year as stated by the source; empty where the source does not state a figure.',
    columns: [
      { name: 'year', type: 'year', required: true, description: 'The calendar year.' },
      {
        name: 'manufacturing_busd',
        type: 'number',
        unit: BILLION_USD,
        required: true,
        minimum: 0,
        description: 'Manufacturing exports, billion USD.',
      },
      {
        name: 'national_busd',
        type: 'number',
        unit: BILLION_USD,
        minimum: 0,
        description: 'All of Indonesia’s exports, billion USD.',
      },
      {
        name: 'share_of_national_pct',
        type: 'number',
        unit: 'percent',
        minimum: 0,
        maximum: 100,
        description:
          'Manufacturing’s share of national exports, percent, where the source states it.',
      },
      source,
    ],
    primaryKey: ['year'],
    foreignKeys: [sourceKey],
  },
  indicators: {
    file: 'indicators.csv',
    title: 'Single stated figures of an indicator',
    description:
      'One figure of an indicator in a period, as stated by its source (e.g. the growth of manufacturing exports).',
    columns: [
      {
        name: 'indicator',
        type: 'string',
        required: true,
        enum: ['manufacturing-exports-growth', 'manufacturing-share-of-gdp'],
        description: 'Indicator id.',
      },
      {
        name: 'period',
        type: 'string',
        required: true,
        pattern: '\\d{4}(-(0[1-9]|1[0-2]))?',
        description: 'YYYY or YYYY-MM.',
      },
      valueInRowUnit,
      {
        name: 'unit',
        type: 'string',
        required: true,
        enum: ['percent', 'percent-change'],
        description: 'percent (0–100) or percent-change (above −100).',
      },
      source,
    ],
    primaryKey: ['indicator', 'period'],
    foreignKeys: [sourceKey],
  },
  pmi: {
    file: 'pmi.csv',
    title: 'S&P Global Indonesia Manufacturing PMI, as first released',
    description:
      'The monthly manufacturing PMI, seasonally adjusted, as first released (around the first working day of the next month). Above 50 means expansion on the month before, below 50 contraction. Proprietary data of S&P Global: attribute it as “S&P Global Indonesia Manufacturing PMI”.',
    columns: [
      { name: 'month', type: 'yearmonth', required: true, description: 'The month (YYYY-MM).' },
      {
        name: 'pmi',
        type: 'number',
        unit: 'index (50 = no change on the month before)',
        required: true,
        minimum: 0,
        maximum: 100,
        description: 'The PMI, an index; 50 separates expansion from contraction.',
      },
      {
        name: 'first_release',
        type: 'yearmonth',
        optionalColumn: true,
        description: 'The month the value was first published (YYYY-MM).',
      },
      source,
    ],
    primaryKey: ['month'],
    foreignKeys: [sourceKey],
  },
  series: {
    file: 'series.csv',
    title: 'Facts about whole series',
    description: 'What a publisher states about a whole series, e.g. when it began.',
    columns: [
      { name: 'series', type: 'string', required: true, description: 'Series id, e.g. pmi.' },
      {
        name: 'frequency',
        type: 'string',
        required: true,
        description: 'How often it is released, e.g. month.',
      },
      {
        name: 'series_start',
        type: 'yearmonth',
        required: true,
        description: 'The first month of the series (YYYY-MM).',
      },
      source,
    ],
    primaryKey: ['series'],
    foreignKeys: [sourceKey],
  },
  context: {
    file: 'context.csv',
    title: 'Context figures',
    description:
      'Figures quoted for context (domestic demand, workers affected by the pandemic), as reported.',
    columns: [
      { name: 'id', type: 'string', required: true, description: 'Figure id.' },
      valueInRowUnit,
      {
        name: 'unit',
        type: 'string',
        required: true,
        enum: ['percent', 'billion-people', 'million-people'],
        description: 'percent, billion-people or million-people.',
      },
      {
        name: 'as_of',
        type: 'string',
        required: true,
        pattern: DATE,
        description: 'The date the figure refers to: YYYY, YYYY-MM or YYYY-MM-DD.',
      },
      source,
    ],
    primaryKey: ['id'],
    foreignKeys: [sourceKey],
  },
} as const satisfies Record<string, TableSpec>;

export type TableKey = keyof typeof TABLES;

/** The columns a reader refuses a file without. */
export function requiredColumns(table: TableKey): string[] {
  const columns: readonly ColumnSpec[] = TABLES[table].columns;
  return columns.filter((column) => !column.optionalColumn).map((column) => column.name);
}
