/** Whatever a student drops on the page, the import returns a result and never throws. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createImportAggregator,
  decodeBytes,
  parseImport,
} from '../../../../src/domain/import/index.ts';
import type { ImportResult } from '../../../../src/domain/import/index.ts';

function expectResult<T>(result: ImportResult<T>): void {
  expect(typeof result.ok).toBe('boolean');
  expect(Array.isArray(result.issues)).toBe(true);
  if (!result.ok) expect(result.issues.some((issue) => issue.severity === 'error')).toBe(true);
  for (const issue of result.issues) expect(typeof issue.code).toBe('string');
}

// Strings made of what CSVs are made of, so the fuzzing reaches quotes, delimiters and numbers.
const csvish = fc
  .array(
    fc.constantFrom(
      ',',
      ';',
      '\t',
      '|',
      '"',
      '\n',
      '\r\n',
      '\r',
      ' ',
      '1',
      '2,5',
      '3.000',
      '%',
      '-',
      'a',
      'Sektor',
      'Nilai',
      '2019',
      'Jan 2024',
      '\u00A0',
      '\uFEFF',
    ),
    { maxLength: 80 },
  )
  .map((parts) => parts.join(''));

describe('never throws (property)', () => {
  it('on any string', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => expectResult(parseImport(text))),
      { numRuns: 300 },
    );
  });

  it('on CSV-like strings', () => {
    fc.assert(
      fc.property(csvish, (text) => expectResult(parseImport(text))),
      { numRuns: 500 },
    );
  });

  it('on any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expectResult(decodeBytes(bytes));
        expectResult(parseImport(bytes));
      }),
      { numRuns: 300 },
    );
  });

  it('on bytes starting with a BOM', () => {
    const bom = fc.constantFrom([0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]);
    fc.assert(
      fc.property(bom, fc.uint8Array({ maxLength: 200 }), (prefix, rest) => {
        expectResult(parseImport(new Uint8Array([...prefix, ...rest])));
      }),
      { numRuns: 200 },
    );
  });

  it('streaming, on CSV-like text in random chunks', () => {
    fc.assert(
      fc.property(fc.array(csvish, { maxLength: 5 }), (chunks) => {
        const aggregator = createImportAggregator({ previewRows: 3 });
        for (const chunk of chunks) aggregator.push(chunk);
        expectResult(aggregator.finish());
      }),
      { numRuns: 300 },
    );
  });
});
