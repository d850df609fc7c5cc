import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import type { DataFileKey, DatasetId } from '../src/domain/bundle.ts';
import { DATASET_FILES, DATA_FILES, buildDataset } from '../src/domain/bundle.ts';
import type { Issue } from '../src/domain/result.ts';

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

/** Fails the build when the bundled data in data/ does not validate. */
export function validateBundledDataPlugin(dataDir = 'data'): Plugin {
  return {
    name: 'validate-bundled-data',
    apply: 'build',
    buildStart() {
      const texts = readDataDir(dataDir);
      const problems: string[] = [];
      for (const id of Object.keys(DATASET_FILES) as DatasetId[]) {
        const result = buildDataset(id, texts);
        if (!result.ok) problems.push(...result.issues.map(describeIssue));
      }
      if (problems.length > 0) {
        this.error(`Bundled data in ${dataDir}/ is invalid:\n  ${problems.join('\n  ')}`);
      }
    },
  };
}
