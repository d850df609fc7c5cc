import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import { createImportAggregator, parseImport } from '../../../../src/domain/import/index.ts';
import type { AggregatorOptions } from '../../../../src/domain/import/index.ts';
import { fixtureBytes } from '../../import/helpers.ts';

// Megabytes of text per test: a shared two-core machine can need more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

const SECTORS = [
  'Industri makanan',
  'Industri logam dasar',
  'Industri bahan kimia',
  'Industri kertas',
];

/** Pushes `text` cut at `cuts` (sorted positions). */
function aggregateInPieces(text: string, cuts: number[], options: AggregatorOptions = {}) {
  const aggregator = createImportAggregator(options);
  let start = 0;
  for (const cut of [...cuts, text.length]) {
    aggregator.push(text.slice(start, cut));
    start = cut;
  }
  return aggregator.finish();
}

describe('createImportAggregator', () => {
  it('sums and counts per label in bounded memory over a million rows', () => {
    const aggregator = createImportAggregator({ previewRows: 100 });
    aggregator.push('Sektor;Bulan;Nilai\r\n');
    const rows = 1_000_000;
    const batch = 10_000;
    for (let first = 0; first < rows; first += batch) {
      let chunk = '';
      for (let index = first; index < first + batch; index++) {
        // Values 0,01 … 99,99 in cents, so the expected sums are exact integers of cents.
        const cents = index % 10_000;
        chunk += `${SECTORS[index % 4]};2024-${String((index % 12) + 1).padStart(2, '0')};${Math.floor(cents / 100)},${String(cents % 100).padStart(2, '0')}\r\n`;
      }
      aggregator.push(chunk);
    }
    const result = aggregator.finish();
    expect(result.ok).toBe(true);
    const data = result.data!;
    expect(data.mapping).toMatchObject({ label: 'Sektor', value: 'Nilai', period: 'Bulan' });
    expect(data.table.rows).toHaveLength(100);
    expect(data.table.report).toMatchObject({
      rowsRead: rows,
      rowsImported: rows,
      rowsKept: 100,
      delimiter: ';',
    });
    expect(data.rowsAggregated).toBe(rows);
    // The month (index % 12) fixes the sector (index % 4), so there are 12 sector-month groups.
    expect(data.groups).toHaveLength(12);
    expect(data.groups.reduce((count, group) => count + group.count, 0)).toBe(rows);
    const expectedTotalCents = 100 * ((9_999 * 10_000) / 2);
    const totalCents = Math.round(data.groups.reduce((sum, group) => sum + group.sum, 0) * 100);
    expect(totalCents).toBe(expectedTotalCents);
    expect(data.groups[0]).toMatchObject({
      label: 'Industri makanan',
      period: '2024-01',
      firstRow: 2,
    });
  }, 60_000);

  it('aggregates across periods when period is null', () => {
    const text = 'Sektor,Tahun,Nilai\nFood,2018,1.5\nFood,2019,2.25\nPaper,2019,7\nFood,2020,n/a\n';
    const result = aggregateInPieces(text, [], { period: null });
    expect(result.data!.groups).toEqual([
      // Each group with the most decimals its rows are written with.
      { label: 'Food', period: null, sum: 3.75, count: 2, firstRow: 2, decimals: 2 },
      { label: 'Paper', period: null, sum: 7, count: 1, firstRow: 4, decimals: 0 },
    ]);
    expect(result.data!.rowsNotAggregated).toBe(1);
  });

  it('stops adding labels beyond maxGroups and says so', () => {
    const text =
      'Label,Value\n' + Array.from({ length: 10 }, (_, index) => `L${index},1`).join('\n');
    const result = aggregateInPieces(text, [], { maxGroups: 3 });
    expect(result.data!.groups.map((group) => group.label)).toEqual(['L0', 'L1', 'L2']);
    expect(result.data!.rowsNotAggregated).toBe(7);
    expect(result.issues).toContainEqual({
      code: 'import.tooManyGroups',
      severity: 'warning',
      row: 5,
      params: { limit: 3 },
    });
  });

  it('decodes bytes pushed in slices (Windows-1252 file)', () => {
    const bytes = fixtureBytes('windows-1252.csv');
    const aggregator = createImportAggregator();
    for (let offset = 0; offset < bytes.length; offset += 5)
      aggregator.pushBytes(bytes.subarray(offset, offset + 5));
    const result = aggregator.finish();
    expect(result.data!.table.report.encoding).toBe('windows-1252');
    expect(result.data!.groups.map((group) => [group.label, group.sum])).toEqual([
      ['Café & kopi', 1234.5],
      ['Müller – logam', 987.25],
      ['Kimia', 12],
    ]);
  });

  it('refuses a PNG pushed as bytes', () => {
    const aggregator = createImportAggregator();
    aggregator.pushBytes(fixtureBytes('png-renamed.csv'));
    expect(aggregator.finish().issues).toEqual([
      { code: 'import.notText', severity: 'error', params: { kind: 'png' } },
    ]);
  });

  it('gives the same table and sums however the text is cut into chunks (property)', () => {
    const line = fc.tuple(
      fc.constantFrom('Makanan', '"Logam, dasar"', 'Kimia', '"Kertas ""pulp"""'),
      fc.integer({ min: 0, max: 99_999 }),
    );
    fc.assert(
      fc.property(
        fc.array(line, { minLength: 1, maxLength: 40 }),
        fc.constantFrom('\n', '\r\n', '\r'),
        fc.array(fc.nat(), { maxLength: 8 }),
        (lines, newline, rawCuts) => {
          const text =
            `Sektor;Nilai${newline}` +
            lines
              .map(([label, cents]) => `${label};${Math.floor(cents / 100)},${cents % 100}`)
              .join(newline);
          const cuts = [...new Set(rawCuts.map((cut) => cut % text.length))].sort((a, b) => a - b);
          const whole = parseImport(text);
          const pieces = aggregateInPieces(text, cuts);
          expect(pieces.ok).toBe(whole.ok);
          expect(pieces.data!.table.rows).toEqual(whole.data!.rows);
          expect(pieces.data!.table.report).toEqual(whole.data!.report);
          const sums = new Map<string, number>();
          for (const row of whole.data!.rows) {
            const label = String(row.values[0]);
            sums.set(label, (sums.get(label) ?? 0) + (row.values[1] as number));
          }
          for (const group of pieces.data!.groups)
            expect(group.sum).toBeCloseTo(sums.get(group.label)!, 9);
        },
      ),
      { numRuns: 200 },
    );
  });
});
