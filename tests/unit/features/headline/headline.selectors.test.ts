import { describe, expect, it } from 'vitest';
import { dataAsOf, nextReleases } from '../../../../src/features/headline/headline.selectors.ts';
import type { Source } from '../../../../src/domain/sources.ts';

const source = (id: string, vintage: string): [string, Source] => [
  id,
  { id, publisher: id, title: id, indonesian: { publisher: id, title: id }, vintage, note: '' },
];

describe('what is latest', () => {
  it('dates the data by the newest release any source names, as precisely as it is known', () => {
    const sources = new Map([
      source('a', '2024-01-17'),
      source('b', '2018-02/2026-03'),
      source('c', '2026-01-01'),
      source('d', '2025'),
    ]);
    expect(dataAsOf(sources)).toBe('2026-03');
    expect(dataAsOf(new Map([source('a', '2019'), source('b', '2020-01-16')]))).toBe('2020-01-16');
  });

  it('names the next PMI (first working day of the month after) and BPS release (mid next month)', () => {
    expect(nextReleases('2026-02', '2025-10')).toEqual({
      pmi: { covers: '2026-03', due: '2026-04' },
      exports: { covers: '2025-11', due: '2025-12' },
    });
    // Across a year's end.
    expect(nextReleases('2025-11', '2025-12').pmi).toEqual({ covers: '2025-12', due: '2026-01' });
    expect(nextReleases('2025-11', '2025-12').exports).toEqual({
      covers: '2026-01',
      due: '2026-02',
    });
  });
});
