/**
 * The hostile corpus through the worker's read loop (1 MB pieces), in Node:
 * each case gets its expected result, in bounded time, and never throws.
 */
import { describe, expect, it } from 'vitest';
import type { ByteSource } from '../../../../src/domain/import/index.ts';
import {
  byteSourceOf,
  DEFAULT_CHUNK_SIZE,
  runChunkedImport,
} from '../../../../src/domain/import/index.ts';
import { HOSTILE_CORPUS } from '../../../fixtures/hostile/corpus.ts';

function sourceOf(bytes: Uint8Array, sparseSize?: number): ByteSource {
  if (sparseSize === undefined) return byteSourceOf(bytes.slice().buffer);
  return {
    size: sparseSize,
    read: async () => {
      throw new Error('a refused file must not be read');
    },
  };
}

describe('the hostile corpus', () => {
  it('has at least 25 kinds, each named once', () => {
    expect(HOSTILE_CORPUS.length).toBeGreaterThanOrEqual(25);
    expect(new Set(HOSTILE_CORPUS.map((entry) => entry.id)).size).toBe(HOSTILE_CORPUS.length);
  });

  for (const entry of HOSTILE_CORPUS) {
    it(`${entry.id}: ${entry.kind}`, async () => {
      const start = performance.now();
      const result = await runChunkedImport(
        sourceOf(entry.bytes(), entry.sparseSize),
        { file: entry.fileName },
        { chunkSize: DEFAULT_CHUNK_SIZE, onProgress: () => {}, isCancelled: () => false },
      );
      const elapsed = performance.now() - start;
      expect(result).not.toBe('cancelled');
      if (result === 'cancelled') return;
      const codes = result.issues.map((issue) => issue.code);
      const { expected } = entry;
      if (expected.outcome === 'refused') {
        expect(result.ok).toBe(false);
        const error = result.issues.find((issue) => issue.severity === 'error');
        expect(error?.code).toBe(expected.error);
      } else {
        expect(result.ok, JSON.stringify(result.issues.slice(0, 3))).toBe(true);
        if (!result.ok) return;
        for (const code of expected.warnings ?? []) expect(codes).toContain(code);
        const labels = [...result.data.groups]
          .sort((a, b) => b.sum - a.sum)
          .map((group) => group.label);
        if (expected.labels) expect(labels).toEqual(expected.labels);
        if (expected.rows !== undefined)
          expect(result.data.table.report.rowsImported).toBe(expected.rows);
        // Every label kept is bounded, whatever the file held.
        expect(labels.every((label) => label.length <= 201)).toBe(true);
      }
      // Issues carry bounded text: what the worker posts back stays small.
      expect(JSON.stringify(result.issues).length).toBeLessThan(200_000);
      for (const issue of result.issues) {
        for (const value of Object.values(issue.params ?? {}))
          expect(String(value).length).toBeLessThanOrEqual(201);
      }
      // Nothing was written onto Object.prototype.
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getPrototypeOf({})).toBe(Object.prototype);
      expect(elapsed).toBeLessThan(15_000);
    }, 30_000);
  }
});
