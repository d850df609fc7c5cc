/**
 * Provenance you can open (issue 19): every stated figure in data/ names the
 * address it was read at and the phrase that states it, and the number
 * appears in that phrase as printed (126,57 or 126.57: a typo cannot land).
 * Every figure that ../shared/reference/ lists matches it.
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { DATA_FILES } from '../../../src/domain/bundle.ts';
import type { ColumnSpec } from '../../../src/domain/tables.ts';
import { TABLES } from '../../../src/domain/tables.ts';
import { readDataDir } from '../../../build/bundledDataPlugin.ts';

const texts = readDataDir('data');
type Row = Record<string, string>;
const rows = (text: string): Row[] =>
  Papa.parse<Row>(text, { header: true, skipEmptyLines: true }).data;
const sources = new Map(rows(texts.sources).map((row) => [row.id!, row]));

/** Columns that hold a stated figure (a number the source prints), per table. */
function figureColumns(table: keyof typeof TABLES): string[] {
  const columns: Record<string, ColumnSpec> = TABLES[table].columns;
  return Object.entries(columns)
    .filter(([, column]) => column.type === 'number')
    .map(([name]) => name)
    .filter((name) => !(table === 'changes' && (name === 'old' || name === 'new')))
    .filter((name) => !(table === 'versions' && name === 'version'));
}

/** `126.57` printed as 126.57 or 126,57, not as part of a longer number (41.7 is not in "41,70"). */
export function printedIn(value: string, phrase: string): boolean {
  const [whole, fraction] = value.split('.');
  const number = fraction === undefined ? whole! : `${whole}[.,]${fraction}`;
  return new RegExp(`(?<![\\d.,]\\d*)(?<!\\d)${number}(?![\\d]|[.,]\\d)`).test(phrase);
}

/**
 * Rows whose phrase or address is not in our evidence yet, each with why. The
 * list may only shrink: a new row without its phrase fails.
 */
const KNOWN_GAPS: Record<string, string> = {
  'periods.csv:2019-h1':
    'Kemenperin via tirto.id (January–June 2019), from the first data release; the article was not found again.',
  'sector-exports.csv:2019-h1': 'The same January–June 2019 breakdown (tirto.id); not found again.',
  'indicators.csv:manufacturing-exports-growth':
    '2020 growth (+2.95 %), from the project’s reference figures; no phrase found.',
  'indicators.csv:manufacturing-share-of-gdp':
    'BPS, share of GDP 2019 (17.58 %), from the project’s reference figures; no phrase found.',
  'context.csv:padang-report-2020-06-22':
    'The Padang seed article: its phrases are checked, but its address was not found.',
};

const gapOf = (file: string, row: Row) =>
  KNOWN_GAPS[`${file}:${row.period ?? ''}`] ??
  KNOWN_GAPS[`${file}:${row.indicator ?? ''}`] ??
  KNOWN_GAPS[`${file}:${row.source ?? ''}`];

describe('printedIn', () => {
  it('finds a number as printed with either decimal mark, and never inside a longer number', () => {
    expect(printedIn('126.57', 'menembus hingga 126,57 miliar')).toBe(true);
    expect(printedIn('126.57', 'US$126.57 billion')).toBe(true);
    expect(printedIn('41.7', 'US$ 41,70 miliar')).toBe(false);
    expect(printedIn('41.70', 'US$ 41,70 miliar')).toBe(true);
    expect(printedIn('10', 'kimia 10 persen')).toBe(true);
    expect(printedIn('10', 'kimia 110 persen')).toBe(false);
    expect(printedIn('27.5', 'level 127,5')).toBe(false);
    expect(printedIn('5', 'naik 5,33 persen')).toBe(false);
    expect(printedIn('81', 'melaporkan bahwa 81% atau')).toBe(true);
  });
});

describe('every stated figure in data/', () => {
  const tables = (Object.keys(DATA_FILES) as (keyof typeof DATA_FILES)[]).filter((key) => {
    const columns: Record<string, ColumnSpec> = TABLES[key].columns;
    return 'quote' in columns;
  });

  it.each(tables)(
    '%s: names where it was read and the phrase that states it, as printed',
    (key) => {
      const file = DATA_FILES[key];
      const problems: string[] = [];
      const gaps = new Set<string>();
      rows(texts[key]).forEach((row, index) => {
        const line = index + 2;
        const gap = gapOf(file, row);
        const addressOnly = row.source === 'padang-report-2020-06-22';
        if (gap) gaps.add(gap);
        if (gap && !addressOnly) return;
        const source = row.source ? sources.get(row.source) : undefined;
        const address = row.url || source?.url || '';
        if (!addressOnly && !/^https?:\/\//.test(address))
          problems.push(`${file}, line ${line}: no address it was read at`);
        const quote = row.quote ?? '';
        if (quote.trim() === '') problems.push(`${file}, line ${line}: no phrase`);
        for (const column of figureColumns(key)) {
          const value = row[column] ?? '';
          if (value !== '' && !printedIn(value, quote))
            problems.push(`${file}, line ${line}, column ${column}: ${value} is not in “${quote}”`);
        }
      });
      if (gaps.size > 0)
        console.info(`[provenance] ${file}: known gaps:\n  ${[...gaps].join('\n  ')}`);
      expect(problems).toEqual([]);
    },
  );

  it('every source but the PMI’s (read month by month) and the seed articles names its address', () => {
    const rowAddressed = new Set(['spglobal-pmi', 'padang-report-2020-06-22']);
    const gapSources = new Set(['kemenperin-2019-h1', 'bps-gdp-2019']);
    const missing = [...sources.values()]
      .filter((source) => !rowAddressed.has(source.id!) && !gapSources.has(source.id!))
      .filter((source) => !/^https?:\/\//.test(source.url ?? ''))
      .map((source) => source.id);
    expect(missing).toEqual([]);
  });
});

// ---------------------------------------------------------------- against ../shared/reference
const reference = resolve('..', 'shared', 'reference');
const haveReference = existsSync(reference);
if (!haveReference)
  console.warn(
    `[provenance] ${reference} is absent: the checks against the reference are skipped.`,
  );

describe.runIf(haveReference)('data/ against ../shared/reference', () => {
  const ref = (file: string) => rows(readFileSync(resolve(reference, file), 'utf8'));
  const same = (a: string, b: string) => a !== '' && b !== '' && Number(a) === Number(b);

  it('the PMI is the reference’s, month by month', () => {
    const expected = ref('pmi-indonesia-manufacturing.csv').map((row) => [
      row.month,
      Number(row.pmi),
    ]);
    const bundled = rows(texts.pmi).filter((row) =>
      expected.some(([month]) => month === row.month),
    );
    expect(bundled.map((row) => [row.month, Number(row.pmi)])).toEqual(expected);
  });

  it('every annual, part-year and monthly figure is one a reference row prints, at the same address', () => {
    const annual = ref('sourced/annual.csv');
    const monthly = ref('sourced/monthly.csv');
    const problems: string[] = [];
    const addressOf = (row: Row) => row.url || sources.get(row.source!)?.url || '';
    for (const row of rows(texts.annualTotals)) {
      const found = annual.filter(
        (r) => r.year === row.year && r.period === 'Jan-Dec' && r.url === addressOf(row),
      );
      for (const [column, refColumn] of [
        ['manufacturing_busd', 'manufacturing_busd'],
        ['national_busd', 'national_busd'],
        ['share_of_national_pct', 'share_pct'],
      ] as const)
        if (row[column] && !found.some((r) => same(r[refColumn]!, row[column]!)))
          problems.push(`annual-totals ${row.year} ${column} ${row[column]}`);
    }
    for (const row of rows(texts.partYearTotals))
      if (
        !annual.some(
          (r) => r.url === addressOf(row) && same(r.manufacturing_busd!, row.manufacturing_busd!),
        )
      )
        problems.push(`part-year-totals ${row.period}`);
    for (const row of rows(texts.monthlyExports))
      if (
        !monthly.some(
          (r) => r.month === row.month && same(r.manufacturing_busd!, row.manufacturing_busd!),
        )
      )
        problems.push(`monthly-exports ${row.month}`);
    expect(problems).toEqual([]);
  });

  it('every sector figure from 2021 on is one a reference row prints for its year', () => {
    const sectors = ref('sourced/sectors.csv');
    const periods = new Map(rows(texts.periods).map((row) => [row.period, row]));
    const problems = rows(texts.sectorExports)
      .filter((row) => Number(periods.get(row.period!)!.start!.slice(0, 4)) >= 2021)
      .filter(
        (row) =>
          !sectors.some(
            (r) =>
              r.year === periods.get(row.period!)!.start!.slice(0, 4) &&
              same(r.value_busd!, row.value_busd!),
          ),
      )
      .map((row) => `${row.period} ${row.sector}`);
    expect(problems).toEqual([]);
  });
});
