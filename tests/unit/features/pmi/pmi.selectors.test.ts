/** src/features/pmi/pmi.selectors.ts: the PMI's range buttons. */
import { describe, expect, it } from 'vitest';
import { selectPmiModel, selectPmiRanges } from '../../../../src/features/pmi/pmi.selectors.ts';
import { createTranslator } from '../../../../src/i18n/index.ts';
import { bundledDatasets } from '../../../helpers/bundledDatasets.ts';

const { pmi } = bundledDatasets().datasets;
const last = pmi.points.at(-1)!.month;
const t = createTranslator('en');

describe('selectPmiRanges', () => {
  it('offers the whole series, the latest five years and 12 months, then each year', () => {
    const ranges = selectPmiRanges(pmi);
    expect(ranges.slice(0, 3).map((range) => range.kind)).toEqual(['all', 'recent', 'recent']);
    const [fiveYears, twelveMonths] = ranges.slice(1, 3);
    expect(fiveYears).toMatchObject({ span: 'years5', to: last });
    expect(twelveMonths).toMatchObject({ span: 'year1', to: last });
    // With the PMI to February 2026: March 2021 and March 2025 onwards.
    expect(pmi.points.filter((p) => p.month >= fiveYears!.from)).toHaveLength(60);
    expect(pmi.points.filter((p) => p.month >= twelveMonths!.from)).toHaveLength(12);
    const years = ranges.slice(3).map((range) => (range.kind === 'year' ? range.year : null));
    expect(years[0]).toBe(Number(pmi.points[0]!.month.slice(0, 4)));
    expect(years.at(-1)).toBe(Number(last.slice(0, 4)));
  });

  it('draws each recent range with its months', () => {
    for (const range of selectPmiRanges(pmi).filter((option) => option.kind === 'recent')) {
      const model = selectPmiModel(pmi, range, t, 'en');
      if (!model || model.kind !== 'line') throw new Error('no PMI model');
      expect(model.points[0]!.x).toBe(range.from);
      expect(model.points.at(-1)!.x).toBe(last);
    }
  });

  it('starts a recent range at the first month when the series is shorter', () => {
    const short = { ...pmi, points: pmi.points.slice(-7) };
    const [, fiveYears, twelveMonths] = selectPmiRanges(short);
    expect(fiveYears!.from).toBe(short.points[0]!.month);
    expect(twelveMonths!.from).toBe(short.points[0]!.month);
  });
});
