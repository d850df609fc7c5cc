/**
 * The data contract: fails when data/ is wrong. The build runs the same
 * validators (scripts/bundledDataPlugin.ts).
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../src/domain/bundle';
import { describeIssue, readDataDir } from '../../scripts/bundledDataPlugin';

const texts = readDataDir('data');

function mustBuild<K extends 'exports' | 'pmi' | 'context'>(id: K) {
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
      ['all-other', 42.52, 'derived'],
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

  it('has a contiguous monthly PMI from 2018-01 to 2021-12 with its record low of 27.5 in April 2020', () => {
    const pmi = mustBuild('pmi');
    expect(pmi.points).toHaveLength(48);
    expect(pmi.points[0]!.month).toBe('2018-01');
    expect(pmi.points.at(-1)!.month).toBe('2021-12');
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
