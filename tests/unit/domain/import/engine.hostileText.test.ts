/**
 * Hostile text from issue 11: long runs of spaces, huge cells and labels,
 * floods of blank lines. Each runs in Node (which also runs the build's data
 * check) under a time limit: every regex on user text sees bounded input.
 */
import { describe, expect, it, vi } from 'vitest';
import {
  byteSourceOf,
  createImportAggregator,
  createImportEngine,
  createStreamDecoder,
  NUMBER_FORMAT_IDS,
  parseImport,
  parsePeriod,
  parsePrintedNumber,
  runChunkedImport,
} from '../../../../src/domain/import/index.ts';
import { guessMapping } from '../../../../src/domain/import/mapping.ts';
import { isNoteRecord } from '../../../../src/domain/import/layout.ts';
import { MAX_LABEL_LENGTH } from '../../../../src/domain/import/text.ts';
import { where } from '../../import/helpers.ts';

// Megabytes of text per test: a shared two-core machine can need more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

/** Milliseconds `run` takes. */
function timed(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

const encoder = new TextEncoder();

describe('regexes on user text are bounded (Node, time-limited)', () => {
  const runs = ['\u0020', '\t', '0', '1,', '.0', 'a', '%', ' %', '1 ', '\u00A0'];

  it('reads numbers and periods from 200,000-character runs in linear time', () => {
    for (const unit of runs) {
      const text = `${unit.repeat(200_000 / unit.length)}x`;
      const elapsed = timed(() => {
        for (const id of NUMBER_FORMAT_IDS) {
          parsePrintedNumber(text, id);
          parsePrintedNumber(`${text}%`, id);
        }
        parsePeriod(text);
        isNoteRecord([text, ''], 2);
        guessMapping({ columns: [{ name: text, kind: 'text' } as never] });
      });
      // Linear is ~10–100 ms here; a backtracking regex on 200,000 characters takes minutes. The
      // bound sits far from both, so a busy shared machine does not fail it.
      expect(elapsed, `run of ${JSON.stringify(unit)}`).toBeLessThan(2000);
    }
  });

  it('still reads "21,46 %" and " 12 %"', () => {
    expect(parsePrintedNumber('21,46 %', 'comma-decimal')).toMatchObject({
      value: 21.46,
      percent: true,
    });
    expect(parsePrintedNumber(' 12 %', 'plain')).toMatchObject({ value: 12, percent: true });
  });

  it('imports a label of 20,000 spaces and a cell of 50,000 tabs quickly (was 11 s and 82 s)', async () => {
    const spaces = `Sektor,Nilai\n"a${' '.repeat(20_000)}b",1\nc,2\n`;
    // Far from both: ~50 ms now, 11 s when the label regex backtracked.
    expect(timed(() => expect(parseImport(spaces).ok).toBe(true))).toBeLessThan(4000);

    const tabs = `Sektor;Nilai\nx;${'\t'.repeat(50_000)}%\ny;2\n`;
    const bytes = encoder.encode(tabs);
    const start = performance.now();
    const result = await runChunkedImport(
      byteSourceOf(bytes.buffer),
      {},
      { chunkSize: 16 * 1024, onProgress: () => {}, isCancelled: () => false },
    );
    // ~100 ms now, 82 s when the percent regex backtracked.
    expect(performance.now() - start).toBeLessThan(15_000);
    expect(result !== 'cancelled' && result.ok).toBe(true);
  });
});

describe('long labels are bounded', () => {
  it('cuts a 1 MB label and a long header to MAX_LABEL_LENGTH, with a warning on the line', () => {
    const label = 'x'.repeat(1_000_000);
    const header = 'H'.repeat(5_000);
    const aggregator = createImportAggregator({ file: 'long.csv' });
    aggregator.push(`Sektor,${header}\n${label},5\nb,3\n`);
    const result = aggregator.finish();
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const labels = result.data.groups.map((group) => group.label);
    expect(labels.every((text) => text.length <= MAX_LABEL_LENGTH + 1)).toBe(true);
    expect(labels[0]).toBe(`${'x'.repeat(MAX_LABEL_LENGTH)}…`);
    expect(result.data.table.columns[1]?.name).toBe(`${'H'.repeat(MAX_LABEL_LENGTH)}…`);
    const long = where(result.issues).filter((issue) => issue.code === 'import.longText');
    expect(long).toEqual([
      {
        code: 'import.longText',
        severity: 'warning',
        row: 1,
        column: result.data.table.columns[1]!.name,
      },
      { code: 'import.longText', severity: 'warning', row: 2, column: 'Sektor' },
    ]);
    // Nothing the worker posts back carries the megabyte.
    expect(JSON.stringify(result).length).toBeLessThan(20_000);
  });

  it('never cuts a surrogate pair in half', () => {
    const label = `${'a'.repeat(MAX_LABEL_LENGTH - 1)}😀tail`;
    const result = parseImport(`Sektor,Nilai\n${label},1\n`);
    expect(result.ok && result.data.rows[0]?.values[0]).toBe(
      `${'a'.repeat(MAX_LABEL_LENGTH - 1)}…`,
    );
  });
});

describe('issues carry bounded text', () => {
  it('quotes a 10 MB "not a number" cell by its start only', () => {
    const huge = 'z'.repeat(10_000_000);
    const result = parseImport(`Sektor,Nilai\na,1\nb,${huge}\nc,3\n`);
    expect(result.ok).toBe(true);
    const issue = result.issues.find((entry) => entry.code === 'value.notNumber');
    expect(issue?.row).toBe(3);
    expect(issue?.column).toBe('Nilai');
    expect(String(issue?.params?.value).length).toBeLessThanOrEqual(201);
    expect(JSON.stringify(result).length).toBeLessThan(10_000);
  });
});

describe('blank lines are counted, never buffered', () => {
  it('holds no record for a million blank lines and rows of bare delimiters', () => {
    const engine = createImportEngine();
    const blanks = '\n'.repeat(1000) + ';;;\n'.repeat(200) + ' ; ;\r\n'.repeat(100);
    for (let piece = 0; piece < 800; piece++) engine.push(blanks);
    expect(engine.bufferedRecords).toBe(0);
    engine.push('Sektor;Nilai\nA;1\n\n\nB;2\n');
    expect(engine.bufferedRecords).toBe(3);
    const result = engine.finish({ encoding: null, bom: false });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.rows.map((row) => [row.line, row.values[0]])).toEqual([
      [1_040_002, 'A'],
      [1_040_005, 'B'],
    ]);
    // Blank lines among the data are reported; the flood above the header is not part of the table.
    expect(result.data.report.blankLines).toBe(2);
  });

  it('reads 10 MB of newlines in bounded time and calls it empty', () => {
    const engine = createImportEngine();
    const megabyte = '\n'.repeat(1024 * 1024);
    const elapsed = timed(() => {
      for (let piece = 0; piece < 10; piece++) engine.push(megabyte);
    });
    expect(engine.bufferedRecords).toBe(0);
    // About 2 s on a loaded two-core machine; the old reader ran out of a 6 GB heap on 50 MB.
    expect(elapsed).toBeLessThan(15_000);
    expect(where(engine.finish({ encoding: null, bom: false }).issues)).toEqual([
      { code: 'csv.empty', severity: 'error' },
    ]);
  });
});

describe('smaller import faults', () => {
  it('writes U+FFFD, with a warning, for an invalid byte held back at a piece boundary', () => {
    const decoder = createStreamDecoder();
    const first = decoder.push(encoder.encode('Sektor,Nilai\nCafé,1\nx'));
    // 0xE2 starts a three-byte sequence; the next piece does not continue it.
    const second = decoder.push(new Uint8Array([0xe2]));
    const third = decoder.push(encoder.encode('A,2\n'));
    const tail = decoder.finish();
    const text = [first, second, third, tail].map((part) => (part.ok ? part.data : '!')).join('');
    expect(text).toBe('Sektor,Nilai\nCafé,1\nx\uFFFDA,2\n');
    expect(decoder.issues.map((issue) => issue.code)).toEqual(['import.invalidCharacters']);
  });

  it('writes U+FFFD for an unfinished sequence at the end of the file', () => {
    const decoder = createStreamDecoder();
    const head = decoder.push(new Uint8Array([...encoder.encode('é,1\n'), 0xe2, 0x82]));
    const tail = decoder.finish();
    expect((head.ok ? head.data : '') + (tail.ok ? tail.data : '')).toBe('é,1\n\uFFFD');
    expect(decoder.issues.map((issue) => issue.code)).toEqual(['import.invalidCharacters']);
  });

  it('warns of a malformed quote with its line and column, and reads every cell as written', () => {
    const result = parseImport('Sektor,Nilai,Catatan\na,"1"2,x\n\nb,2,c"d\nc,3,"ok"\n');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(where(result.issues).filter((issue) => issue.code === 'import.strayQuote')).toEqual([
      { code: 'import.strayQuote', severity: 'warning', row: 2, column: 'Nilai' },
    ]);
    // A quote inside an unquoted cell (`c"d`) is plain text, as in spreadsheets: nothing to warn of.
    expect(result.data.rows.map((row) => row.cells)).toEqual([
      ['a', '12', 'x'],
      ['b', '2', 'c"d'],
      ['c', '3', 'ok'],
    ]);
  });
});
