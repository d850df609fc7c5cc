/**
 * The data contract: fails when data/ is wrong. The build runs the same
 * validators (build/bundledDataPlugin.ts).
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/domain/csv';
import { DATA_FILES } from '../../../src/domain/bundle';
import { parseSources } from '../../../src/domain/sources';
import { buildDataset } from '../../../src/domain/bundle';
import { describeIssue, readDataDir } from '../../../build/bundledDataPlugin';
import type { ColumnSpec } from '../../../src/domain/tables';
import { TABLES } from '../../../src/domain/tables';

const texts = readDataDir('data');

function mustBuild<K extends 'exports' | 'pmi' | 'context' | 'changes'>(id: K) {
  const result = buildDataset(id, texts);
  if (!result.ok) throw new Error(result.issues.map(describeIssue).join('\n'));
  expect(result.issues.filter((issue) => issue.severity !== 'info')).toEqual([]);
  return result.data;
}

describe('bundled data', () => {
  it('validates with no issues', () => {
    mustBuild('exports');
    mustBuild('pmi');
    mustBuild('context');
    mustBuild('changes');
  });

  it('has the 2019 headline figures and the remainder as "all other sectors"', () => {
    const exportsData = mustBuild('exports');
    const period2019 = exportsData.periods.find((period) => period.id === '2019')!;
    expect(period2019.total.value).toBe(126.57);
    const shares = period2019.sectors.map((entry) => [
      entry.sectorId,
      entry.share.value,
      entry.share.status,
    ]);
    expect(shares).toEqual([
      ['food', 21.46, 'stated'],
      ['base-metals', 13.72, 'stated'],
      ['chemicals', 10, 'stated'],
      ['apparel', 6.56, 'stated'],
      ['paper', 5.74, 'stated'],
      ['all-other', expect.closeTo(42.52, 9), 'derived'],
    ]);
    const sumOfShares = period2019.sectors.reduce((sum, entry) => sum + entry.share.value, 0);
    expect(sumOfShares).toBeCloseTo(100, 6);
  });

  it('marks values computed from shares as derived, with no more precision than the share', () => {
    const period2019 = mustBuild('exports').periods.find((period) => period.id === '2019')!;
    const byId = new Map(period2019.sectors.map((entry) => [entry.sectorId, entry]));
    expect(byId.get('food')!.value).toMatchObject({ value: 27.16, status: 'stated' });
    const chemicals = byId.get('chemicals')!.value;
    expect(chemicals.status).toBe('derived');
    expect(chemicals.value).toBeCloseTo(0.1 * 126.57, 9);
    // "10 %" has two significant figures, so its value shows as 13 billion, not 12.66.
    expect(chemicals.decimals).toBe(0);
    expect(byId.get('apparel')!.value.decimals).toBe(2);
  });

  it('every full-year period states the same total as the annual series, and shares stay within 100 %', () => {
    const exportsData = mustBuild('exports');
    for (const period of exportsData.periods) {
      const named = period.sectors.filter((entry) => !entry.isRemainder);
      expect(named.reduce((sum, entry) => sum + entry.share.value, 0)).toBeLessThanOrEqual(100.05);
      expect(period.sectors.at(-1)!.isRemainder).toBe(true);
      expect(exportsData.sources.has(period.sourceId)).toBe(true);
    }
    const share2019 = exportsData.annual.find((year) => year.year === 2019)!.shareOfNational!;
    expect(share2019).toMatchObject({ value: 75.5, status: 'stated' });
  });

  it('prints the remainder no more precisely than its coarsest input (chemicals "10" → ≈ 43 %, ≈ 54 bn)', () => {
    const exportsData = mustBuild('exports');
    const remainder = (id: string) =>
      exportsData.periods.find((period) => period.id === id)!.sectors.at(-1)!;
    const r2019 = remainder('2019');
    expect(r2019.share.value.toFixed(r2019.share.decimals)).toBe('43');
    expect(r2019.value.value.toFixed(r2019.value.decimals)).toBe('54');
    // 2020: chemicals "9" and textiles "8" are whole billions, so the remainder is too.
    const r2020 = remainder('2020-q1-q3');
    expect(r2020.value.value.toFixed(r2020.value.decimals)).toBe('34');
    // 2018: every input has two decimals, so the remainder keeps them.
    const r2018 = remainder('2018');
    expect(r2018.value.value.toFixed(r2018.value.decimals)).toBe('42.64');
  });

  it('shows 2020 as restated (131.09) with the share its first release printed (80.30 % of 163.30, January 2021)', () => {
    const year2020 = mustBuild('exports').annual.find((year) => year.year === 2020)!;
    expect(year2020.manufacturing).toMatchObject({ value: 131.09, sourceId: 'antara-en-2024' });
    // The restatement states no share; the first release does, and pasardana.id printed it: stated.
    expect(year2020.shareOfNational).toMatchObject({
      value: 80.3,
      decimals: 2,
      status: 'stated',
      sourceId: 'kemenperin-2020',
    });
    expect(
      year2020.history!.map((vintage) => [vintage.value.value, vintage.status]),
    ).toContainEqual([131.13, 'first-release']);
  });

  it('keeps 2018’s 130.74 “up to December”, said on 24 December 2018, only as an estimate', () => {
    const year2018 = mustBuild('exports').annual.find((year) => year.year === 2018)!;
    expect(year2018.manufacturing.value).toBe(130.09);
    const estimate = year2018.history!.find((vintage) => vintage.value.value === 130.74)!;
    expect(estimate).toMatchObject({ status: 'estimate', published: '2018-12-24' });
  });

  it('has every full year from 2014 to 2024 and 2025 to October as a part-year', () => {
    const exportsData = mustBuild('exports');
    expect(exportsData.annual.map((year) => year.year)).toEqual([
      2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024,
    ]);
    const latest = exportsData.partYears.at(-1)!;
    expect(latest).toMatchObject({
      start: '2025-01',
      end: '2025-10',
      measure: 'industri-pengolahan-nonmigas',
    });
    expect(latest.manufacturing.value).toBe(187.82);
    expect(exportsData.annual.find((year) => year.year === 2024)!.measure).toBe(
      'industri-pengolahan-nonmigas',
    );
  });

  it('derives the revised 2019 base (≈ 127.4) from the stated 2020 growth (+2.95 %) and total (131.13)', () => {
    const [implied] = mustBuild('exports').impliedBases;
    expect(implied).toMatchObject({
      year: 2019,
      growth: { value: 2.95, status: 'stated', sourceId: 'kemenperin-2020' },
      total: { value: 131.13, status: 'stated' },
      base: { status: 'derived', decimals: 1 },
      firstStated: { value: 126.57 },
    });
    expect(implied!.base.value.toFixed(implied!.base.decimals)).toBe('127.4');
  });

  it('fails when a growth rate has no total of its year from the same source', () => {
    const broken = {
      ...texts,
      indicators: texts.indicators.replace(
        'manufacturing-exports-growth,2020,2.95,percent-change,kemenperin-2020',
        'manufacturing-exports-growth,2020,2.95,percent-change,kemenperin-2019',
      ),
    };
    const result = buildDataset('exports', broken);
    expect(result.ok).toBe(false);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: 'figures.growthWithoutTotal',
        file: 'indicators.csv',
        row: 2,
      }),
    );
  });

  it("has manufacturing's share of GDP in 2019 (17.58 %, BPS)", () => {
    const exportsData = mustBuild('exports');
    const [gdp] = exportsData.shareOfGdp;
    expect(gdp).toMatchObject({ year: 2019, share: { value: 17.58, status: 'stated' } });
    expect(exportsData.sources.get(gdp!.share.sourceId)!.publisher).toMatch(/^BPS/);
  });

  it('gives every PMI month its first release, the month after it', () => {
    const pmi = mustBuild('pmi');
    for (const point of pmi.points) {
      expect(point.firstRelease).toBeDefined();
      expect(point.firstRelease! > point.month).toBe(true);
    }
    expect(pmi.points.find((point) => point.month === '2020-04')!.firstRelease).toBe('2020-05');
    expect(pmi.seriesStart).toBe('2011-04');
    expect(pmi.sources.get(pmi.sourceId)!.vintage).toBe('2013-06/2026-03');
  });

  it('refuses a first release before the month it reports', () => {
    const broken = {
      ...texts,
      pmi: texts.pmi.replace('2020-04,27.5,2020-05', '2020-04,27.5,2020-03'),
    };
    const result = buildDataset('pmi', broken);
    expect(result.ok).toBe(false);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: 'value.outOfRange',
        file: 'pmi.csv',
        column: 'first_release',
      }),
    );
  });

  it('has a contiguous monthly PMI from 2013-05 to 2026-02 with its record low of 27.5 in April 2020', () => {
    const pmi = mustBuild('pmi');
    // April 2013 is the last month no report was found for: the series runs on from May 2013.
    expect(pmi.points).toHaveLength(154);
    expect(pmi.points[0]!.month).toBe('2013-05');
    expect(pmi.points.at(-1)!.month).toBe('2026-02');
    const low = pmi.points.reduce((a, b) => (b.value < a.value ? b : a));
    expect(low).toMatchObject({ month: '2020-04', value: 27.5 });
    expect(pmi.sources.get(pmi.sourceId)!.publisher).toMatch(/S&P Global/);
  });

  it('fails when a stated share and a stated value disagree beyond their printed precision', () => {
    const broken = {
      ...texts,
      sectorExports: texts.sectorExports.replace('2019,food,21.46,27.16', '2019,food,21.46,28.16'),
    };
    const result = buildDataset('exports', broken);
    expect(result.ok).toBe(false);
    expect(result.issues).toContainEqual(
      expect.objectContaining({
        code: 'figures.disagree',
        file: 'sector-exports.csv',
        row: 2,
        column: 'share_pct',
      }),
    );
  });
});

describe('sources.csv', () => {
  const sources = parseSources(texts.sources);
  if (!sources.ok) throw new Error('sources.csv invalid');
  const source = (id: string) => sources.data.get(id)!;

  it("describes ANTARA's own Denpasar article, not the one it links to", () => {
    const antara = source('antara-2020-06-15');
    expect(antara.publisher).toBe('ANTARA, Denpasar');
    expect(antara.title).not.toMatch(/Kemenperin siapkan aparatur industri hadapi normal baru/);
    expect(antara.title).toMatch(/eastern Indonesia, 15–16 June 2020/);
    expect(antara.indonesian.title).toMatch(/Indonesia bagian timur, 15–16 Juni 2020/);
    expect(antara.note).toMatch(/Reporter Ayu Khania Pranishita, editor Muhammad Yusuf/);
  });

  it('attributes the Padang report to a regional news portal, not to BDI, naming no outlet', () => {
    expect(sources.data.has('bdi-padang-2020-06-22')).toBe(false);
    const padang = source('padang-report-2020-06-22');
    expect(padang.publisher).toBe('Regional news portal, Padang');
    expect(padang.publisher).not.toMatch(/BDI|Kemenperin/);
    expect(padang.note).toMatch(/editor Eriandi, S\.Sos/);
  });
});

describe('data/ as a whole', () => {
  it('lists every CSV in data/ in DATA_FILES, and every row of every table names a known source', () => {
    const files = readdirSync('data').filter((file) => file.endsWith('.csv'));
    expect(files.sort()).toEqual(Object.values(DATA_FILES).sort());
    const sources = parseSources(texts.sources);
    if (!sources.ok) throw new Error('sources.csv invalid');
    for (const [key, file] of Object.entries(DATA_FILES)) {
      const columns: Record<string, ColumnSpec> = TABLES[key as keyof typeof TABLES].columns;
      if (key === 'sources' || !columns.source) continue;
      const table = parseCsv(texts[key as keyof typeof texts], {
        file,
        requiredColumns: ['source'],
      });
      expect(table.ok, file).toBe(true);
      for (const row of table.data!.rows) {
        // A kept printing that is no release of ours names no source; every other row does.
        if (!columns.source.required && !row.source) continue;
        expect(sources.data.has(row.source ?? ''), `${file}: ${row.source}`).toBe(true);
      }
    }
  });
});
