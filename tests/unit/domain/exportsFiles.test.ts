import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/domain/bundle.ts';
import { readDataDir } from '../../../build/bundledDataPlugin.ts';

const texts = readDataDir('data');

function issuesOf(change: Partial<typeof texts>) {
  const result = buildDataset('exports', { ...texts, ...change });
  return {
    ok: result.ok,
    issues: result.issues.map(({ code, file, row, column }) => ({ code, file, row, column })),
  };
}

describe('exports validation', () => {
  it('rejects shares that sum to more than 100 %', () => {
    const { ok, issues } = issuesOf({
      sectorExports: texts.sectorExports.replace('2019,apparel,6.56,', '2019,apparel,56.56,'),
    });
    expect(ok).toBe(false);
    expect(issues).toContainEqual(
      expect.objectContaining({ code: 'shares.overHundred', file: 'sector-exports.csv' }),
    );
  });

  it('rejects stated values that add up to more than the total can be, and only those', () => {
    // 2019-h1 states six values and a total of 60.14: each printed to the cent, so six values
    // summing to 60.16 may truly be 60.13, within the total's 60.135–60.145.
    const withFood = (value: string) =>
      issuesOf({
        sectorExports: texts.sectorExports.replace(
          '2019-h1,food,,12.36,',
          `2019-h1,food,,${value},`,
        ),
      });
    expect(withFood('34.56').ok).toBe(true);
    const over = withFood('34.60');
    expect(over.ok).toBe(false);
    expect(over.issues).toContainEqual(
      expect.objectContaining({
        code: 'shares.overHundred',
        file: 'sector-exports.csv',
        column: 'value_busd',
      }),
    );
  });

  it('rejects a national share that does not agree with the two totals', () => {
    const { issues } = issuesOf({
      annualTotals: texts.annualTotals.replace(
        '2023,186.98,258.82,72.24',
        '2023,186.98,258.82,73.24',
      ),
    });
    expect(issues).toContainEqual({
      code: 'figures.disagree',
      file: 'annual-totals.csv',
      row: 11,
      column: 'share_of_national_pct',
    });
  });

  it('accepts 75.5 % for 126.57 / 167.53 = 75.55 %: agreement is to the printed precision', () => {
    expect(issuesOf({}).issues).toEqual([]);
    // 2019's first release, as a current row: 126.57 and 167.53 with 75.5 %.
    const firstRelease = texts.annualTotals.replace(
      /^2019,127\.38,,,/m,
      '2019,126.57,167.53,75.5,',
    );
    expect(firstRelease).not.toBe(texts.annualTotals);
    expect(issuesOf({ annualTotals: firstRelease }).issues).toEqual([]);
  });

  it('rejects duplicate keys, unknown periods and a full-year total that differs from the annual series', () => {
    const { issues } = issuesOf({
      sectorExports:
        texts.sectorExports +
        '2019,food,21.46,27.16,kemenperin-2019,,\n2017,food,1,,kemenperin-2019,,\n',
      periods: texts.periods.replace(
        '2018,2018-01,2018-12,full-year,130.09',
        '2018,2018-01,2018-12,full-year,131.09',
      ),
    });
    expect(issues).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ code: 'key.duplicate', file: 'sector-exports.csv', row: 33 }),
        expect.objectContaining({ code: 'key.unknownPeriod', file: 'sector-exports.csv', row: 34 }),
        expect.objectContaining({ code: 'period.totalMismatch', file: 'periods.csv', row: 3 }),
      ]),
    );
  });

  it('derives a remainder from stated values when the release states values, not shares', () => {
    const result = buildDataset('exports', texts);
    if (!result.ok) throw new Error('invalid');
    const period2018 = result.data.periods.find((period) => period.id === '2018')!;
    const remainder = period2018.sectors.at(-1)!;
    expect(remainder.isRemainder).toBe(true);
    expect(remainder.value.value).toBeCloseTo(
      130.09 - (29.91 + 15.46 + 13.93 + 13.27 + 8.59 + 6.29),
      9,
    );
    expect(remainder.value.status).toBe('derived');
    const food = period2018.sectors[0]!;
    expect(food.share.status).toBe('derived');
    expect(food.share.value).toBeCloseTo((29.91 / 130.09) * 100, 9);
  });
});
