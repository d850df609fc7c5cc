/**
 * src/domain/changes.ts: what a shared link's data version saw change since
 * (the note a permalink or embed opened after an update shows).
 */
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../build/bundledDataPlugin.ts';
import { buildDataset } from '../../../src/domain/bundle.ts';
import type { DataVersion } from '../../../src/domain/changes.ts';
import { changesSince } from '../../../src/domain/changes.ts';

const version = (number: number, changes: DataVersion['changes']): DataVersion => ({
  version: number,
  date: `2026-0${number}-01`,
  summary: { en: '', id: '' },
  changes,
});

describe('changesSince', () => {
  it('gives the bundled restatements of 2019 and 2020 to a link made with the first data', () => {
    const built = buildDataset('changes', readDataDir('data'));
    if (!built.ok) throw new Error(JSON.stringify(built.issues));
    const since = changesSince(built.data.versions, 1, ['annual-totals']);
    expect(since?.version.version).toBe(1);
    expect(since?.revised.map(({ key, then, now }) => ({ key, then, now }))).toEqual([
      { key: '2019', then: 126.57, now: 127.38 },
      { key: '2020', then: 131.13, now: 131.09 },
    ]);
    // Every year added in version 2 (2014, 2016, 2017 …) is counted, not listed.
    const addedInTwo = built.data.versions[1]!.changes.filter(
      (change) => change.table === 'annual-totals' && change.kind === 'added',
    ).length;
    expect(since?.added).toBe(addedInTwo);
    // The PMI chart's link saw months added and nothing revised.
    expect(changesSince(built.data.versions, 1, ['pmi'])?.revised).toEqual([]);
  });

  it('says nothing for a link made with the data now, or with a version that does not exist', () => {
    const versions = [
      version(1, []),
      version(2, [{ table: 'pmi', key: '2026-01', column: 'pmi', kind: 'added', new: 52.6 }]),
    ];
    expect(changesSince(versions, 2, ['pmi'])).toBeNull();
    expect(changesSince(versions, 7, ['pmi'])).toBeNull();
    expect(changesSince(versions, 1, ['annual-totals'])).toBeNull();
    expect(changesSince(versions, 1, ['pmi'])).toMatchObject({ revised: [], added: 1 });
  });

  it('gives a figure revised twice as it was at the link and as it is now', () => {
    const figure = { table: 'annual-totals', key: '2019', column: 'manufacturing_busd' } as const;
    const versions = [
      version(1, []),
      version(2, [{ ...figure, kind: 'revised', old: 126.57, new: 127.38, sourceId: 'a' }]),
      version(3, [{ ...figure, kind: 'revised', old: 127.38, new: 127.5, sourceId: 'b' }]),
    ];
    expect(changesSince(versions, 1, ['annual-totals'])?.revised).toEqual([
      { ...figure, then: 126.57, now: 127.5, sourceId: 'b' },
    ]);
    expect(changesSince(versions, 2, ['annual-totals'])?.revised).toEqual([
      { ...figure, then: 127.38, now: 127.5, sourceId: 'b' },
    ]);
  });

  it('counts a figure added after the link as added, even when it was revised later', () => {
    const figure = { table: 'pmi', key: '2026-02', column: 'pmi' } as const;
    const versions = [
      version(1, []),
      version(2, [{ ...figure, kind: 'added', new: 53.8 }]),
      version(3, [{ ...figure, kind: 'revised', old: 53.8, new: 53.9 }]),
    ];
    expect(changesSince(versions, 1, ['pmi'])).toMatchObject({ revised: [], added: 1 });
    expect(changesSince(versions, 2, ['pmi'])?.revised).toEqual([
      { ...figure, then: 53.8, now: 53.9 },
    ]);
  });

  it('leaves out a figure revised and then put back as it was', () => {
    const figure = { table: 'pmi', key: '2025-12', column: 'pmi' } as const;
    const versions = [
      version(1, []),
      version(2, [{ ...figure, kind: 'revised', old: 51.2, new: 51.3 }]),
      version(3, [{ ...figure, kind: 'revised', old: 51.3, new: 51.2 }]),
    ];
    expect(changesSince(versions, 1, ['pmi'])).toBeNull();
  });
});
