/** Delimiter detection reads its 64 KB sample, not the file (it scanned all 27 MB, 1.6 s). */
import { describe, expect, it, vi } from 'vitest';
import { createImportEngine, parseImport } from '../../../../src/domain/import/index.ts';

// Megabytes of text per test: a shared two-core machine can need more than the default 5 s.
vi.setConfig({ testTimeout: 30_000 });

const sampled: number[] = [];
vi.mock('../../../../src/domain/import/layout.ts', async (importOriginal) => {
  const layout = await importOriginal<typeof import('../../../../src/domain/import/layout.ts')>();
  return {
    ...layout,
    detectDelimiter: (sample: string, complete?: boolean) => {
      sampled.push(sample.length);
      return layout.detectDelimiter(sample, complete);
    },
  };
});

const row = 'Industri makanan;21,46;27,16\n';
const text = `Sektor;Nilai;Pangsa\n${row.repeat(Math.ceil((4 * 1024 * 1024) / row.length))}`;

describe('delimiter detection', () => {
  it('looks at 64 KB when the whole file comes in one piece', () => {
    sampled.length = 0;
    const result = parseImport(text);
    expect(result.ok && result.data.report.delimiter).toBe(';');
    expect(sampled).toEqual([64 * 1024]);
  });

  it('looks at 64 KB when the file comes in 1 MB pieces', () => {
    sampled.length = 0;
    const engine = createImportEngine();
    for (let start = 0; start < text.length; start += 1024 * 1024)
      engine.push(text.slice(start, start + 1024 * 1024));
    const result = engine.finish({ encoding: null, bom: false });
    expect(result.ok && result.data.report.delimiter).toBe(';');
    expect(sampled).toEqual([64 * 1024]);
  });

  it('looks at all of a small file', () => {
    sampled.length = 0;
    expect(parseImport('a;b\n1;2\n').ok).toBe(true);
    expect(sampled).toEqual([8]);
  });
});
