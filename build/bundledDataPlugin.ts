import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { DataFileKey, DatasetId, DatasetTypes } from '../src/domain/bundle.ts';
import { DATASET_FILES, DATA_FILES, buildDataset } from '../src/domain/bundle.ts';
import { datasetToJson } from '../src/domain/datasetJson.ts';
import type { Issue } from '../src/domain/result.ts';
import type { DecodeContext } from '../src/state/urlState.ts';

export function readDataDir(dir: string): Record<DataFileKey, string> {
  const texts = {} as Record<DataFileKey, string>;
  for (const [key, file] of Object.entries(DATA_FILES) as [DataFileKey, string][]) {
    texts[key] = readFileSync(resolve(dir, file), 'utf8');
  }
  return texts;
}

export function describeIssue(issue: Issue): string {
  const where = [
    issue.file,
    issue.row !== undefined ? `line ${issue.row}` : '',
    issue.column ? `column "${issue.column}"` : '',
  ]
    .filter(Boolean)
    .join(', ');
  return `${issue.severity}: ${issue.code}${where ? ` (${where})` : ''}${issue.params ? ` ${JSON.stringify(issue.params)}` : ''}`;
}

const DATASET_PREFIX = 'virtual:dataset/';
const DECODE_CONTEXT = 'virtual:decode-context';

/** Every dataset built from data/, or the problems that stop the build. */
export function buildAllDatasets(
  texts: Record<DataFileKey, string>,
): { ok: true; datasets: DatasetTypes } | { ok: false; problems: string[] } {
  const datasets: Partial<DatasetTypes> = {};
  const problems: string[] = [];
  for (const id of Object.keys(DATASET_FILES) as DatasetId[]) {
    const result = buildDataset(id, texts);
    if (result.ok) Object.assign(datasets, { [id]: result.data });
    else problems.push(...result.issues.map(describeIssue));
  }
  return problems.length > 0
    ? { ok: false, problems }
    : { ok: true, datasets: datasets as DatasetTypes };
}

/** What links are checked against: the periods, sectors and PMI months the data holds. */
export function decodeContextOf(datasets: DatasetTypes): DecodeContext {
  const months = datasets.pmi.points.map((point) => point.month).sort();
  return {
    periods: datasets.exports.periods.map((period) => period.id),
    sectors: [
      ...new Set(
        datasets.exports.periods.flatMap((period) => period.sectors.map((s) => s.sectorId)),
      ),
    ],
    pmiMonths: { first: months[0] ?? '', last: months.at(-1) ?? '' },
    ...(datasets.changes.versions.length > 0
      ? { dataVersion: datasets.changes.versions.at(-1)!.version }
      : {}),
  };
}

/**
 * data/ parsed and checked once, at build time (and by the dev server):
 * `virtual:dataset/<id>` is a dataset as JSON, each its own chunk, so a panel
 * or an embed loads only the data it shows; `virtual:decode-context` is what
 * permalinks are checked against. Invalid data fails the build with every
 * problem, file, line and column.
 */
export function bundledDataPlugin(dataDir = 'data'): Plugin {
  let built: DatasetTypes | undefined;
  const load = (fail: (message: string) => never): DatasetTypes => {
    const result = buildAllDatasets(readDataDir(dataDir));
    if (!result.ok)
      fail(`Bundled data in ${dataDir}/ is invalid:\n  ${result.problems.join('\n  ')}`);
    return (result as { datasets: DatasetTypes }).datasets;
  };
  return {
    name: 'bundled-data',
    buildStart() {
      built = load((message) => this.error(message));
      for (const file of Object.values(DATA_FILES)) this.addWatchFile(resolve(dataDir, file));
    },
    watchChange(id) {
      if (id.startsWith(resolve(dataDir))) built = undefined;
    },
    resolveId(id) {
      if (id.startsWith(DATASET_PREFIX) || id === DECODE_CONTEXT) return `\0${id}`;
      return null;
    },
    load(id) {
      if (!id.startsWith('\0virtual:')) return null;
      built ??= load((message) => this.error(message));
      const name = id.slice(1);
      if (name === DECODE_CONTEXT)
        return `export default ${JSON.stringify(decodeContextOf(built))};`;
      const dataset = name.slice(DATASET_PREFIX.length) as DatasetId;
      if (!(dataset in built)) return null;
      // A string parsed once is faster to load than the same object as a JS literal.
      return `export default ${JSON.stringify(datasetToJson(built[dataset]))};`;
    },
  };
}
