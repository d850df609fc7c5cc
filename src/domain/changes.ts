/**
 * The versions of the data and what each changed (versions.csv,
 * changes.csv): the "What changed" page, the data package's version, and
 * what a figure was at the data version a permalink was made with.
 */
import type { Issue, Result } from './result.ts';
import { fail, fromIssues } from './result.ts';
import { readTable } from './readTable.ts';
import type { SourceMap } from './sources.ts';
import type { HistoryTable } from './history.ts';
import { TABLES } from './tables.ts';

export const VERSIONS_FILE = TABLES.versions.file;
export const CHANGES_FILE = TABLES.changes.file;

export interface FigureChange {
  table: HistoryTable;
  key: string;
  column: string;
  kind: 'added' | 'revised';
  /** The value before, for a revision. */
  old?: number;
  new: number;
  sourceId?: string;
}

export interface DataVersion {
  version: number;
  /** `YYYY-MM-DD`. */
  date: string;
  summary: { en: string; id: string };
  changes: FigureChange[];
}

export interface ChangesDataset {
  sources: SourceMap;
  /** Oldest first; the last is the data now. */
  versions: DataVersion[];
}

export function buildChangesDataset(
  files: { versions: string; changes: string },
  sources: SourceMap,
): Result<ChangesDataset> {
  const issues: Issue[] = [];
  const versionRows = readTable(files.versions, TABLES.versions);
  const changeRows = readTable(files.changes, TABLES.changes, { keys: { sources } });
  issues.push(...versionRows.issues, ...changeRows.issues);
  if (!versionRows.ok || !changeRows.ok) return fail(issues);
  const versions: DataVersion[] = [];
  for (const row of versionRows.data) {
    if (!row.valid || !row.version || !row.date || !row.summary || !row.summary_indonesian)
      continue;
    versions.push({
      version: row.version.value,
      date: row.date,
      summary: { en: row.summary, id: row.summary_indonesian },
      changes: [],
    });
  }
  versions.sort((a, b) => a.version - b.version);
  // Versions count 1, 2, 3 … with no gap: a permalink's version names one of them.
  versions.forEach((entry, index) => {
    if (entry.version !== index + 1)
      issues.push({
        code: 'value.outOfRange',
        severity: 'error',
        file: VERSIONS_FILE,
        column: 'version',
        params: { value: entry.version, min: index + 1, max: index + 1 },
      });
  });
  for (const row of changeRows.data) {
    if (
      !row.valid ||
      !row.version ||
      !row.table ||
      !row.key ||
      !row.column ||
      !row.kind ||
      !row.new
    )
      continue;
    const version = versions.find((entry) => entry.version === row.version!.value);
    if (!version) {
      issues.push({
        code: 'key.unknownPeriod',
        severity: 'error',
        file: CHANGES_FILE,
        row: row.line,
        column: 'version',
        params: { value: row.version.value },
      });
      continue;
    }
    version.changes.push({
      table: row.table,
      key: row.key,
      column: row.column,
      kind: row.kind,
      ...(row.old ? { old: row.old.value } : {}),
      new: row.new.value,
      ...(row.source ? { sourceId: row.source } : {}),
    });
  }
  return fromIssues({ sources, versions }, issues);
}

/** The data version now: the newest entry. */
export function currentVersion(versions: readonly DataVersion[]): DataVersion | undefined {
  return versions[versions.length - 1];
}

/**
 * What a figure was at data version `version`, given its value `now`: each
 * change made after that version is undone, newest first. Null where the
 * figure was not in the data yet at that version.
 */
export function figureAtVersion(
  versions: readonly DataVersion[],
  figure: { table: HistoryTable; key: string; column: string },
  version: number,
  now: number,
): number | null {
  let value: number | null = now;
  // Walk back from the newest version, undoing each change made after `version`.
  for (let index = versions.length - 1; index >= 0; index--) {
    const entry = versions[index]!;
    if (entry.version <= version) break;
    const change = entry.changes.find(
      (candidate) =>
        candidate.table === figure.table &&
        candidate.key === figure.key &&
        candidate.column === figure.column,
    );
    if (!change) continue;
    value = change.kind === 'added' ? null : (change.old ?? null);
  }
  return value;
}

/** A figure revised since a link was made: its value then (as shared) and now. */
export interface RevisedSince {
  table: HistoryTable;
  key: string;
  column: string;
  then: number;
  now: number;
  /** The source of the value now. */
  sourceId?: string;
}

export interface ChangesSince {
  /** The version the link was made with. */
  version: DataVersion;
  revised: RevisedSince[];
  /** How many figures were added after that version. */
  added: number;
}

/**
 * What changed in `tables` after data version `version` (a permalink's): each
 * figure revised since, with its value then and now, and how many figures were
 * added. Null where the version is the current one, is unknown, or nothing in
 * those tables changed.
 */
export function changesSince(
  versions: readonly DataVersion[],
  version: number,
  tables: readonly HistoryTable[],
): ChangesSince | null {
  const made = versions.find((entry) => entry.version === version);
  if (!made) return null;
  const later = versions.filter((entry) => entry.version > version);
  // Oldest change first, per figure: the first says what the figure was then, the last what it is.
  const byFigure = new Map<string, FigureChange[]>();
  for (const entry of later)
    for (const change of entry.changes) {
      if (!tables.includes(change.table)) continue;
      const id = `${change.table}\u0000${change.key}\u0000${change.column}`;
      byFigure.set(id, [...(byFigure.get(id) ?? []), change]);
    }
  const revised: RevisedSince[] = [];
  let added = 0;
  for (const changes of byFigure.values()) {
    const first = changes[0]!;
    const last = changes[changes.length - 1]!;
    if (first.kind === 'added') {
      added += 1;
      continue;
    }
    if (first.old === undefined || first.old === last.new) continue;
    revised.push({
      table: first.table,
      key: first.key,
      column: first.column,
      then: first.old,
      now: last.new,
      ...(last.sourceId ? { sourceId: last.sourceId } : {}),
    });
  }
  return revised.length === 0 && added === 0 ? null : { version: made, revised, added };
}
