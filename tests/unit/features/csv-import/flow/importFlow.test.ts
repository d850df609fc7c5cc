/** The import's states and transitions, without React. */
import { describe, expect, it } from 'vitest';
import type { ImportIssue } from '../../../../../src/domain/import/index.ts';
import type { ImportFlow, Review } from '../../../../../src/features/csv-import/flow/importFlow.ts';
import {
  importFlowReducer,
  initialImportFlow,
  reviewOf,
} from '../../../../../src/features/csv-import/flow/importFlow.ts';

const review = (fileName: string): Review =>
  ({
    file: new Blob(['x']),
    fileName,
    imported: {} as Review['imported'],
    issues: [],
    mapping: { label: 'Sektor', value: 'Nilai', period: null },
    shares: false,
  }) satisfies Review;
const tooLarge: ImportIssue[] = [{ code: 'import.tooLarge', severity: 'error' }];

function run(...actions: Parameters<typeof importFlowReducer>[1][]): ImportFlow {
  return actions.reduce(importFlowReducer, initialImportFlow);
}

describe('the import flow', () => {
  it('goes idle → reading → review → (charted) → kept', () => {
    expect(run({ type: 'read', fileName: 'a.csv', remap: false })).toMatchObject({
      state: 'reading',
      fraction: 0,
    });
    const reviewed = run(
      { type: 'read', fileName: 'a.csv', remap: false },
      { type: 'progress', fraction: 0.5 },
      { type: 'read-done', review: review('a.csv') },
    );
    expect(reviewed).toMatchObject({ state: 'review', cancelled: false });
    const kept = [{ type: 'charted' } as const, { type: 'kept', name: 'a.csv' } as const].reduce(
      importFlowReducer,
      reviewed,
    );
    expect(kept).toEqual({ state: 'kept', name: 'a.csv' });
  });

  it('fails a new file without its predecessor’s review, but keeps the review when a remapping fails', () => {
    const reviewed = run(
      { type: 'read', fileName: 'a.csv', remap: false },
      { type: 'read-done', review: review('a.csv') },
    );
    const newFile = [
      { type: 'read', fileName: 'b.csv', remap: false } as const,
      { type: 'read-failed', fileName: 'b.csv', issues: tooLarge } as const,
    ].reduce(importFlowReducer, reviewed);
    expect(newFile).toMatchObject({ state: 'failed', fileName: 'b.csv', review: null });
    const remapped = [
      { type: 'read', fileName: 'a.csv', remap: true } as const,
      { type: 'read-failed', fileName: 'a.csv', issues: tooLarge } as const,
    ].reduce(importFlowReducer, reviewed);
    expect(reviewOf(remapped)?.fileName).toBe('a.csv');
  });

  it('cancels back to what was on screen, saying so', () => {
    expect(run({ type: 'read', fileName: 'a.csv', remap: false }, { type: 'cancel' })).toEqual({
      state: 'idle',
      cancelled: true,
    });
    const reviewed = run(
      { type: 'read', fileName: 'a.csv', remap: false },
      { type: 'read-done', review: review('a.csv') },
      { type: 'read', fileName: 'a.csv', remap: true },
      { type: 'cancel' },
    );
    expect(reviewed).toMatchObject({ state: 'review', cancelled: true });
  });

  it('does not announce "kept" over a read started since', () => {
    const reading = run(
      { type: 'read', fileName: 'a.csv', remap: false },
      { type: 'read-done', review: review('a.csv') },
      { type: 'charted' },
      { type: 'read', fileName: 'b.csv', remap: false },
      { type: 'kept', name: 'a.csv' },
    );
    expect(reading.state).toBe('reading');
  });

  it('ignores a late result once nothing is read', () => {
    expect(run({ type: 'read-done', review: review('late.csv') })).toEqual(initialImportFlow);
    expect(run({ type: 'progress', fraction: 1 })).toEqual(initialImportFlow);
  });
});
