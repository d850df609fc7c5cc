/** src/domain/month.ts: months as plain `YYYY-MM` strings. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addMonths, isMonth } from '../../../src/domain/month.ts';

const month = fc
  .tuple(fc.integer({ min: 1900, max: 2200 }), fc.integer({ min: 1, max: 12 }))
  .map(([year, number]) => `${year}-${String(number).padStart(2, '0')}`);

describe('addMonths', () => {
  it('steps across year ends both ways', () => {
    expect(addMonths('2026-02', -11)).toBe('2025-03');
    expect(addMonths('2026-02', -59)).toBe('2021-03');
    expect(addMonths('2025-12', 1)).toBe('2026-01');
    expect(addMonths('2026-01', -1)).toBe('2025-12');
    expect(addMonths('2020-04', 0)).toBe('2020-04');
  });

  it('gives a month, and stepping back undoes it', () => {
    fc.assert(
      fc.property(month, fc.integer({ min: -1200, max: 1200 }), (start, count) => {
        const moved = addMonths(start, count);
        expect(isMonth(moved)).toBe(true);
        expect(addMonths(moved, -count)).toBe(start);
        // Months compare as strings in time order.
        expect(Math.sign(moved.localeCompare(start))).toBe(Math.sign(count));
      }),
    );
  });
});
