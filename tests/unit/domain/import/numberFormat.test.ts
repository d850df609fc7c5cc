import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  detectNumberFormat,
  writeInFormat,
  NUMBER_FORMAT_IDS,
  parseNumber,
  parsePrintedNumber,
} from '../../../../src/domain/import/index.ts';
import type { NumberFormatId } from '../../../../src/domain/import/index.ts';
import {
  decimalSeparatorOf,
  parseCommonNumber,
} from '../../../../src/domain/import/numberFormat.ts';

describe('parseNumber', () => {
  it.each<[string, NumberFormatId, number | null]>([
    ['1234.5', 'plain', 1234.5],
    ['1,234.5', 'comma-grouped', 1234.5],
    ['1.234,5', 'dot-grouped', 1234.5],
    ['1234,5', 'comma-decimal', 1234.5],
    ['1 234,5', 'space-grouped', 1234.5],
    ['1\u00A0234,5', 'space-grouped', 1234.5],
    ['1\u202F234\u202F567,25', 'space-grouped', 1234567.25],
    ['21,46%', 'comma-decimal', 21.46],
    ['21.46 %', 'plain', 21.46],
    ['-3,5', 'comma-decimal', -3.5],
    ['\u22123.5', 'plain', -3.5],
    ['+7', 'plain', 7],
    ['  42  ', 'plain', 42],
    // Wrong format or not a number at all.
    ['1,234.5', 'dot-grouped', null],
    ['1234,5', 'dot-grouped', null],
    ['12,34', 'comma-grouped', null],
    ['1.2.3', 'plain', null],
    ['abc', 'plain', null],
    ['', 'plain', null],
    ['%', 'plain', null],
    ['-', 'plain', null],
  ])('reads %j as %s → %s', (text, format, expected) => {
    expect(parseNumber(text, format)).toBe(expected);
  });

  it('keeps the printed precision for rounding allowances', () => {
    expect(parsePrintedNumber('1.234,50', 'dot-grouped')).toMatchObject({
      value: 1234.5,
      decimals: 2,
      significantFigures: 6,
    });
    expect(parsePrintedNumber('10%', 'plain')).toMatchObject({
      value: 10,
      decimals: 0,
      percent: true,
    });
  });
});

describe('writeInFormat', () => {
  it.each<[number, NumberFormatId, number | undefined, string]>([
    [1234.5, 'plain', undefined, '1234.5'],
    [1234.5, 'comma-grouped', 2, '1,234.50'],
    [1234567.25, 'dot-grouped', undefined, '1.234.567,25'],
    [1234.5, 'comma-decimal', undefined, '1234,5'],
    [-1234.5, 'space-grouped', 1, '-1\u202F234,5'],
    [-0.0001, 'plain', 2, '0.00'],
  ])('writes %s as %s (%s decimals) → %j', (value, format, decimals, expected) => {
    expect(writeInFormat(value, format, decimals)).toBe(expected);
  });

  it('adds a percent sign for percent formats', () => {
    expect(writeInFormat(21.46, { id: 'comma-decimal', percent: true })).toBe('21,46%');
  });
});

describe('detectNumberFormat', () => {
  it('picks the format that parses the most cells', () => {
    const detection = detectNumberFormat(['1.234,5', '12.345', '7,25', 'n/a']);
    expect(detection.format?.id).toBe('dot-grouped');
    expect(detection).toMatchObject({ parsed: 3, candidates: 3 });
  });

  it('breaks ties by the preferred decimal separator ("1.234" is 1.234 or 1234)', () => {
    expect(detectNumberFormat(['1.234', '5.678'], 'point').format?.id).toBe('plain');
    expect(detectNumberFormat(['1.234', '5.678'], 'comma').format?.id).toBe('dot-grouped');
  });

  it('finds nothing in a column of words', () => {
    expect(detectNumberFormat(['tinggi', 'rendah']).format).toBeNull();
  });
});

// Values with up to 4 decimals between ±10^10: what statistical tables print.
const printedValue = fc
  .tuple(fc.integer({ min: -1e10, max: 1e10 }), fc.integer({ min: 0, max: 4 }))
  .map(([scaled, decimals]) => ({ value: scaled / 10 ** decimals, decimals }));
const formatArb = fc.record({ id: fc.constantFrom(...NUMBER_FORMAT_IDS), percent: fc.boolean() });

describe('round trip (property)', () => {
  it('a number written in any supported format reads back as the same number', () => {
    fc.assert(
      fc.property(
        printedValue,
        formatArb,
        fc.boolean(),
        ({ value, decimals }, format, fixedDecimals) => {
          const text = writeInFormat(value, format, fixedDecimals ? decimals : undefined);
          const parsed = parseNumber(text, format);
          expect(parsed).not.toBeNull();
          expect(Math.abs((parsed as number) - value)).toBeLessThanOrEqual(
            1e-9 * Math.max(1, Math.abs(value)),
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a column written in one format is detected as a format that reads the same values', () => {
    fc.assert(
      fc.property(
        fc.array(printedValue, { minLength: 1, maxLength: 30 }),
        formatArb,
        (column, format) => {
          const texts = column.map(({ value, decimals }) => writeInFormat(value, format, decimals));
          const preference = decimalSeparatorOf(format.id) === ',' ? 'comma' : 'point';
          const detected = detectNumberFormat(texts, preference).format;
          expect(detected).not.toBeNull();
          texts.forEach((text, index) => {
            const parsed = parseNumber(text, detected!);
            expect(parsed).not.toBeNull();
            expect(parsed as number).toBeCloseTo(column[index]!.value, 6);
          });
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('parseCommonNumber (the import hot path)', () => {
  it('gives exactly parsePrintedNumber’s value wherever it answers (property)', () => {
    const printed = fc
      .tuple(
        fc.constantFrom('', '-', '+'),
        fc.stringMatching(/^\d{0,9}$/),
        fc.constantFrom('', '.', ',', ' '),
        fc.stringMatching(/^\d{0,8}$/),
      )
      .map(([sign, integer, separator, fraction]) => `${sign}${integer}${separator}${fraction}`);
    fc.assert(
      fc.property(printed, fc.constantFrom(...NUMBER_FORMAT_IDS), (text, id) => {
        const fast = parseCommonNumber(text, id);
        const slow = parsePrintedNumber(text, id)?.value ?? null;
        if (!Number.isNaN(fast)) expect(fast).toBe(slow);
      }),
      { numRuns: 3000 },
    );
  });

  it('answers for the commonest cells and leaves the rest to the full parser', () => {
    expect(parseCommonNumber('1234,56', 'comma-decimal')).toBe(1234.56);
    expect(parseCommonNumber('-0,1', 'comma-decimal')).toBe(-0.1);
    expect(parseCommonNumber('-0', 'plain')).toBe(0);
    expect(parseCommonNumber('0.1', 'plain')).toBe(0.1);
    expect(parseCommonNumber('123,5', 'dot-grouped')).toBe(123.5);
    expect(parseCommonNumber('1234,5', 'dot-grouped')).toBeNaN();
    expect(parseCommonNumber('1.', 'plain')).toBeNaN();
    expect(parseCommonNumber('1.234,5', 'dot-grouped')).toBeNaN();
    expect(parseCommonNumber('12%', 'plain')).toBeNaN();
  });
});
