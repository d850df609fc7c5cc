/**
 * `npm run data:update` (issue 19): a release is added, a differing value is
 * revised with the old one kept, the same release twice changes nothing, and
 * bad input says what and where and leaves every file in data/ as it was.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDataDir } from '../../../build/bundledDataPlugin.ts';
import { planUpdate } from '../../../tools/dataUpdate.ts';
import { buildDataset } from '../../../src/domain/bundle.ts';
import { figureAtVersion } from '../../../src/domain/changes.ts';

const data = readDataDir('data');
const plan = (
  table: string,
  releaseText: string,
  more: { source?: string; published?: string } = {},
) =>
  planUpdate(data, {
    table,
    releaseFile: 'release.csv',
    releaseText,
    source: 'source' in more ? more.source : 'spglobal-pmi',
    published: 'published' in more ? more.published : '2026-04-01',
  });
const where = (result: ReturnType<typeof plan>) =>
  result.ok
    ? []
    : result.issues.map(({ code, file, row, column }) => ({ code, file, row, column }));

describe('data:update', () => {
  it('adds a new month, bumps the data version and logs it in “What changed”', () => {
    const result = plan(
      'pmi',
      'month,pmi,url,quote\n2026-03,50.1,https://example.org/a,"naik ke 50,1"\n',
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.data).toMatchObject({ added: 1, revised: 0, version: 3 });
    const files = { ...data, ...result.data.files };
    const pmi = buildDataset('pmi', files);
    expect(pmi.ok && pmi.data.points.at(-1)).toMatchObject({
      month: '2026-03',
      value: 50.1,
      firstRelease: '2026-04',
    });
    const changes = buildDataset('changes', files);
    if (!changes.ok) throw new Error('changes invalid');
    const latest = changes.data.versions.at(-1)!;
    expect(latest).toMatchObject({ version: 3, date: '2026-04-01' });
    expect(latest.changes).toEqual([
      {
        table: 'pmi',
        key: '2026-03',
        column: 'pmi',
        kind: 'added',
        new: 50.1,
        sourceId: 'spglobal-pmi',
      },
    ]);
    // Before version 3 the month was not in the data.
    expect(
      figureAtVersion(
        changes.data.versions,
        { table: 'pmi', key: '2026-03', column: 'pmi' },
        2,
        50.1,
      ),
    ).toBeNull();
  });

  it('revises a differing value and keeps the old one, with its release, in vintages.csv', () => {
    const result = plan(
      'annual-totals',
      'year,manufacturing_busd,quote,url\n2024,197.00,"mencapai USD197,00 miliar",https://example.org/b\n',
      { source: 'antara-jogja-2025' },
    );
    if (!result.ok) throw new Error(JSON.stringify(result.issues));
    expect(result.data).toMatchObject({ added: 0, revised: 1, version: 3 });
    const exportsData = buildDataset('exports', { ...data, ...result.data.files });
    if (!exportsData.ok) throw new Error('exports invalid');
    const year = exportsData.data.annual.find((entry) => entry.year === 2024)!;
    expect(year.manufacturing).toMatchObject({ value: 197, sourceId: 'antara-jogja-2025' });
    expect(year.history).toContainEqual(
      expect.objectContaining({ status: 'first-release', sourceId: 'jatimpedia-2025' }),
    );
    expect(year.history!.find((entry) => entry.status === 'first-release')!.value.value).toBe(
      196.54,
    );
    const changes = buildDataset('changes', { ...data, ...result.data.files });
    if (!changes.ok) throw new Error('changes invalid');
    const figure = { table: 'annual-totals' as const, key: '2024', column: 'manufacturing_busd' };
    expect(figureAtVersion(changes.data.versions, figure, 2, 197)).toBe(196.54);
    expect(figureAtVersion(changes.data.versions, figure, 3, 197)).toBe(197);
  });

  it('changes nothing when the release is already in the data', () => {
    const again = plan(
      'pmi',
      'month,pmi\n2026-02,' +
        data.pmi
          .split('\n')
          .find((line) => line.startsWith('2026-02'))!
          .split(',')[1] +
        '\n',
    );
    expect(again.ok && again.data).toEqual({ files: {}, added: 0, revised: 0, version: null });
  });

  it.each([
    [
      'an impossible month',
      'pmi',
      'month,pmi\n2026-13,50.1\n',
      {},
      [{ code: 'value.invalidMonth', file: 'release.csv', row: 2, column: 'month' }],
    ],
    [
      'a value out of range',
      'pmi',
      'month,pmi\n2026-03,50.1\n2026-04,150\n',
      {},
      [{ code: 'value.outOfRange', file: 'release.csv', row: 3, column: 'pmi' }],
    ],
    [
      'an unknown column',
      'pmi',
      'month,pmi,colour\n2026-03,50.1,red\n',
      {},
      [{ code: 'update.unknownColumn', file: 'release.csv', row: 1, column: 'colour' }],
    ],
    [
      'a source not in sources.csv',
      'pmi',
      'month,pmi\n2026-03,50.1\n',
      { source: 'no-such-source' },
      [{ code: 'update.unknownSource', file: undefined, row: undefined, column: '--source' }],
    ],
    [
      'the same key twice',
      'pmi',
      'month,pmi\n2026-03,50.1\n2026-03,50.2\n',
      {},
      [{ code: 'key.duplicate', file: 'release.csv', row: 3, column: 'month' }],
    ],
    [
      'no --published',
      'pmi',
      'month,pmi\n2026-03,50.1\n',
      { published: undefined },
      [{ code: 'update.missingOption', file: undefined, row: undefined, column: undefined }],
    ],
    [
      'a gap in the months',
      'pmi',
      'month,pmi\n2026-05,50.1\n',
      {},
      [{ code: 'update.wouldNotBuild', file: undefined, row: undefined, column: undefined }],
    ],
    [
      'an unknown table',
      'exchange-rates',
      'month,rate\n2026-03,16000\n',
      {},
      [{ code: 'update.unknownTable', file: undefined, row: undefined, column: undefined }],
    ],
  ] as const)('refuses %s, saying what and where', (_name, table, text, more, expected) => {
    expect(where(plan(table, text, more))).toEqual(expected);
  });
});

describe('the command', () => {
  const run = (dir: string, args: string[]) =>
    spawnSync('node', ['tools/data-update.mjs', ...args, '--data', dir], { encoding: 'utf8' });
  const snapshot = (dir: string) =>
    Object.fromEntries(
      readdirSync(dir).map((file) => [file, readFileSync(join(dir, file), 'utf8')]),
    );

  it('writes the release, then leaves data/ byte for byte as it was when the input is bad', () => {
    const work = mkdtempSync(join(tmpdir(), 'data-update-'));
    cpSync('data', join(work, 'data'), { recursive: true });
    const dir = join(work, 'data');
    writeFileSync(join(work, 'bad.csv'), 'month,pmi\n2026-03,50.1\n2026-03,abc\n');
    const before = snapshot(dir);
    const bad = run(dir, [
      'pmi',
      join(work, 'bad.csv'),
      '--source',
      'spglobal-pmi',
      '--published',
      '2026-04-01',
    ]);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain('bad.csv, line 3, column “pmi”: “abc” is not a number.');
    expect(bad.stderr).toContain('nothing was changed');
    expect(snapshot(dir)).toEqual(before);

    writeFileSync(
      join(work, 'good.csv'),
      'month,pmi,url,quote\n2026-03,50.1,https://example.org/a,"ke 50,1"\n',
    );
    const good = run(dir, [
      'pmi',
      join(work, 'good.csv'),
      '--source',
      'spglobal-pmi',
      '--published',
      '2026-04-01',
    ]);
    expect(good.stdout).toContain('data version 3: 1 added, 0 revised in pmi');
    const after = snapshot(dir);
    expect(after['pmi.csv']).toBe(
      `${before['pmi.csv']}2026-03,50.1,2026-04,spglobal-pmi,https://example.org/a,"ke 50,1"\n`,
    );
    expect(
      Object.keys(after)
        .filter((file) => after[file] !== before[file])
        .sort(),
    ).toEqual(['changes.csv', 'pmi.csv', 'versions.csv']);
    const twice = run(dir, [
      'pmi',
      join(work, 'good.csv'),
      '--source',
      'spglobal-pmi',
      '--published',
      '2026-04-01',
    ]);
    expect(twice.status).toBe(0);
    expect(twice.stdout).toContain('nothing changed');
    expect(snapshot(dir)).toEqual(after);
  }, 60_000);
});
