import { SECTOR_IDS } from './sectors.ts';

/**
 * The bundled files of data/, each described once: columns, types, ranges,
 * key and source references. src/domain/tableSchema.ts reads and checks them;
 * what the files mean (derivations, checks across files) lives with each
 * dataset (sources.ts, pmi.ts …).
 */
export const SOURCES_SCHEMA = {
  file: 'sources.csv',
  columns: {
    id: { type: 'text', required: true },
    publisher: { type: 'text', required: true },
    title: { type: 'text', required: true },
    publisher_indonesian: { type: 'text', required: true },
    title_indonesian: { type: 'text', required: true },
    vintage: { type: 'vintage' },
    note: { type: 'text' },
  },
  key: ['id'],
} as const;

export const PMI_SCHEMA = {
  file: 'pmi.csv',
  columns: {
    month: { type: 'month', required: true },
    pmi: { type: 'number', required: true, min: 0, max: 100 },
    source: { type: 'source' },
    /** The month the value was first released (after the month itself). */
    first_release: { type: 'month', optional: true },
  },
  key: ['month'],
} as const;

export const CONTEXT_UNITS = ['percent', 'billion-people', 'million-people'] as const;

export const CONTEXT_SCHEMA = {
  file: 'context.csv',
  columns: {
    id: { type: 'text', required: true },
    value: { type: 'number', required: true, min: 0 },
    unit: { type: 'oneOf', values: CONTEXT_UNITS },
    as_of: { type: 'vintage' },
    source: { type: 'source' },
  },
  key: ['id'],
} as const;

export const PERIODS_SCHEMA = {
  file: 'periods.csv',
  columns: {
    period: { type: 'text', required: true },
    start: { type: 'month', required: true },
    end: { type: 'month', required: true },
    coverage: { type: 'oneOf', values: ['full-year', 'partial'] },
    total_busd: { type: 'number', required: true, min: 0 },
    source: { type: 'source' },
  },
  key: ['period'],
} as const;

/** Each row states a sector's share, its value, or both (checked to agree by exports.ts). */
export const SECTOR_EXPORTS_SCHEMA = {
  file: 'sector-exports.csv',
  columns: {
    period: { type: 'text', required: true },
    sector: { type: 'oneOf', values: SECTOR_IDS },
    share_pct: { type: 'number', min: 0, max: 100 },
    value_busd: { type: 'number', min: 0 },
    source: { type: 'source' },
  },
  key: ['period', 'sector'],
} as const;

export const ANNUAL_TOTALS_SCHEMA = {
  file: 'annual-totals.csv',
  columns: {
    year: { type: 'number', required: true, min: 1900, max: 2100 },
    manufacturing_busd: { type: 'number', required: true, min: 0 },
    national_busd: { type: 'number', min: 0 },
    share_of_national_pct: { type: 'number', min: 0, max: 100 },
    source: { type: 'source' },
  },
  key: ['year'],
} as const;

export const FREQUENCIES = ['month', 'quarter', 'year', 'period'] as const;

export const SERIES_SCHEMA = {
  file: 'series.csv',
  columns: {
    series: { type: 'text', required: true },
    frequency: { type: 'oneOf', values: FREQUENCIES },
    /** The month the publisher began the series; empty when not known. */
    series_start: { type: 'month' },
    source: { type: 'source' },
  },
  key: ['series'],
} as const;
