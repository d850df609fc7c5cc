/**
 * The import's fast paths (issue 9, part 6) answer exactly as the general
 * code: one pass per record for blank / note / ragged, year-months read from
 * character codes, labels turned down before the period patterns and number
 * formats detected without a regex for the commonest cells. Each is held
 * against a plain reference written here from the rules.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BLANK_RECORD,
  DATA_RECORD,
  NOTE_RECORD,
  recordShape,
} from '../../../../src/domain/import/layout.ts';
import {
  candidateOrder,
  detectNumberFormat,
  isMissingMarker,
  NUMBER_FORMAT_IDS,
  parsePrintedNumber,
} from '../../../../src/domain/import/numberFormat.ts';
import type { NumberFormatId } from '../../../../src/domain/import/numberFormat.ts';
import { parsePeriod, readYearMonth } from '../../../../src/domain/import/period.ts';

/** What a record is, from the rules as first written (with trim() on every cell). */
function shapeByRules(cells: readonly string[], width: number): number {
  const filled = cells.filter((cell) => cell.trim() !== '');
  if (filled.length === 0) return BLANK_RECORD;
  const first = (cells[0] ?? '').trim();
  if (
    width >= 2 &&
    filled.length === 1 &&
    first !== '' &&
    (cells.length < width || /^(sumber|source|catatan|note|notes|keterangan|ket\.|\*)/i.test(first))
  )
    return NOTE_RECORD;
  let effective = 0;
  cells.forEach((cell, index) => {
    if (cell.trim() !== '') effective = index + 1;
  });
  if (effective > width) return effective;
  if (cells.length < width) return cells.length;
  return DATA_RECORD;
}

const cell = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    '\t',
    '\u00A0',
    '\uFEFF',
    'Sumber: BPS',
    '* catatan',
    'Kopi',
    '1,5',
    ' x ',
  ),
  fc.string({ maxLength: 4 }),
);

describe('recordShape', () => {
  it('gives what the rules give for any record and width (property)', () => {
    fc.assert(
      fc.property(
        fc.array(cell, { maxLength: 6 }),
        fc.integer({ min: 1, max: 6 }),
        (cells, width) => {
          expect(recordShape(cells, width)).toBe(shapeByRules(cells, width));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

const pad2 = (value: number) => String(value).padStart(2, '0');
const MONTH_WORDS: [string, number][] = [
  ['Januari', 1],
  ['feb', 2],
  ['Maret', 3],
  ['Mei', 5],
  ['AGUSTUS', 8],
  ['Okt', 10],
  ['Nopember', 11],
  ['Des', 12],
];

/** Texts of every period form, each with the period it stands for. */
const periodText = fc.oneof<fc.Arbitrary<[string, string]>[]>(
  fc.integer({ min: 1800, max: 2200 }).map((year): [string, string] => [`${year}`, `${year}`]),
  fc
    .tuple(
      fc.integer({ min: 1800, max: 2200 }),
      fc.integer({ min: 1, max: 12 }),
      fc.constantFrom('-', '/', '.'),
      fc.boolean(),
    )
    .chain(([year, month, separator, padded]) =>
      fc.constantFrom<[string, string]>(
        [`${year}${separator}${padded ? pad2(month) : month}`, `${year}-${pad2(month)}`],
        [`${padded ? pad2(month) : month}${separator}${year}`, `${year}-${pad2(month)}`],
      ),
    ),
  fc
    .tuple(fc.integer({ min: 1800, max: 2200 }), fc.integer({ min: 1, max: 12 }))
    .map(([year, month]): [string, string] => [
      `${year}-${pad2(month)}-28`,
      `${year}-${pad2(month)}-28`,
    ]),
  fc
    .tuple(fc.integer({ min: 1800, max: 2200 }), fc.constantFrom(...MONTH_WORDS), fc.boolean())
    .map(([year, [word, month], before]): [string, string] => [
      before ? `${word} ${year}` : `${year} ${word}`,
      `${year}-${pad2(month)}`,
    ]),
  fc
    .tuple(
      fc.integer({ min: 1800, max: 2200 }),
      // "QIV 2019" reads as a month name that is none (null), as it always has: Q takes digits here.
      fc.constantFrom<[string, string, number]>(
        ['Q', '1', 1],
        ['Q', '4', 4],
        ['TW ', 'II', 2],
        ['Triwulan ', 'IV', 4],
        ['Triwulan ', '3', 3],
      ),
      fc.boolean(),
    )
    .map(([year, [word, written, quarter], before]): [string, string] => [
      before ? `${word}${written} ${year}` : `${year} ${word}${written}`,
      `${year}-Q${quarter}`,
    ]),
);

describe('parsePeriod fast paths', () => {
  it('reads every period form, spaced and cased any way (property)', () => {
    fc.assert(
      fc.property(periodText, fc.constantFrom('', ' ', '  '), ([text, period], space) => {
        expect(parsePeriod(`${space}${text}${space}`)).toBe(period);
      }),
      { numRuns: 3000 },
    );
  });

  it('reads year-months from character codes, and only those', () => {
    expect(readYearMonth('2024-01')).toBe('2024-01');
    expect(readYearMonth('2024/1')).toBe('2024-01');
    expect(readYearMonth('2024.12')).toBe('2024-12');
    // The same text again is the same string: a million rows make no new ones.
    expect(readYearMonth('2024-01')).toBe(readYearMonth('2024/01'));
    expect(readYearMonth('2024-13')).toBeNull();
    expect(readYearMonth('2024-00')).toBeNull();
    expect(readYearMonth('1799-01')).toBeNull();
    expect(readYearMonth('2201-01')).toBeNull();
    expect(readYearMonth(' 2024-01')).toBeUndefined();
    expect(readYearMonth('2024-1a')).toBeUndefined();
    expect(readYearMonth('2024 01')).toBeUndefined();
    expect(readYearMonth('Q1 2024')).toBeUndefined();
  });

  it('turns down labels and numbers, which hold no four-digit year', () => {
    for (const text of ['Industri pengolahan 07', '123,45', '1.234', 'Q1 202', 'Jan 99', ''])
      expect(parsePeriod(text)).toBeNull();
  });
});

/** The detection by its rule: every format tried on every cell with the full parser. */
function detectByRules(sample: readonly string[]) {
  const counts = Object.fromEntries(NUMBER_FORMAT_IDS.map((id) => [id, 0])) as Record<
    NumberFormatId,
    number
  >;
  const percents = { ...counts };
  for (const text of sample) {
    if (isMissingMarker(text)) continue;
    for (const id of NUMBER_FORMAT_IDS) {
      const parsed = parsePrintedNumber(text, id);
      if (parsed) {
        counts[id]++;
        if (parsed.percent) percents[id]++;
      }
    }
  }
  let best: NumberFormatId | null = null;
  for (const id of candidateOrder('point'))
    if (counts[id] > 0 && (best === null || counts[id] > counts[best])) best = id;
  return {
    counts,
    format: best && { id: best, percent: percents[best] * 2 > counts[best] },
  };
}

const numberish = fc
  .array(
    fc.constantFrom('1', '2', '0', '9', ',', '.', ' ', '-', '+', '\u2212', '%', 'a', '\u00A0'),
    { maxLength: 10 },
  )
  .map((parts) => parts.join(''));

describe('detectNumberFormat fast paths', () => {
  it('counts and chooses as trying every format with the full parser does (property)', () => {
    fc.assert(
      fc.property(fc.array(numberish, { maxLength: 12 }), (sample) => {
        const detected = detectNumberFormat(sample, 'point');
        const expected = detectByRules(sample);
        expect(detected.counts).toEqual(expected.counts);
        expect(detected.format).toEqual(expected.format);
      }),
      { numRuns: 3000 },
    );
  });
});
