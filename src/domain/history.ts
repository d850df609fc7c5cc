/**
 * The history of the figures (vintages.csv): every other value a figure was
 * printed with: its first release before a restatement, the same value in
 * other reports, a different value another outlet printed, an estimate made
 * before its period ended. The current value stays in the figure's own table;
 * a figure with history gets a "revised" mark that opens it.
 */
import type { PrintedNumber } from './decimal.ts';
import type { Issue } from './result.ts';
import { readTable } from './readTable.ts';
import type { SourceMap } from './sources.ts';
import type { VintageStatus } from './tables.ts';
import { HISTORY_TABLES, TABLES } from './tables.ts';

export const VINTAGES_FILE = TABLES.vintages.file;
export type HistoryTable = (typeof HISTORY_TABLES)[number];

export interface Vintage {
  value: PrintedNumber;
  status: VintageStatus;
  /** When it was printed (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`), '' when the copy prints no date. */
  published: string;
  /** A source in sources.csv, where the printing is one. */
  sourceId?: string;
  publisher: string;
  url: string;
  quote: string;
}

/** Every kept printing of every figure, by `table|key|column`. */
export type FigureHistory = ReadonlyMap<string, readonly Vintage[]>;

export function figureKey(table: HistoryTable, key: string, column: string): string {
  return `${table}|${key}|${column}`;
}

/** The kept printings of one figure, oldest first (undated last). */
export function historyOf(
  history: FigureHistory,
  table: HistoryTable,
  key: string,
  column: string,
): readonly Vintage[] {
  return history.get(figureKey(table, key, column)) ?? [];
}

export function readHistory(
  text: string,
  sources: SourceMap,
  issues: Issue[],
): FigureHistory | null {
  const table = readTable(text, TABLES.vintages, { keys: { sources } });
  issues.push(...table.issues);
  if (!table.ok) return null;
  const history = new Map<string, Vintage[]>();
  for (const row of table.data) {
    if (!row.valid || !row.table || !row.key || !row.column || !row.value || !row.status) continue;
    const entry: Vintage = {
      value: row.value,
      status: row.status,
      published: row.published ?? '',
      ...(row.source ? { sourceId: row.source } : {}),
      publisher: row.publisher ?? '',
      url: row.url ?? '',
      quote: row.quote ?? '',
    };
    const key = figureKey(row.table, row.key, row.column);
    history.set(key, [...(history.get(key) ?? []), entry]);
  }
  for (const entries of history.values()) {
    entries.sort((a, b) =>
      a.published === b.published
        ? 0
        : a.published === ''
          ? 1
          : b.published === ''
            ? -1
            : a.published < b.published
              ? -1
              : 1,
    );
  }
  return history;
}

/** A figure was revised when a release printed it with another value (not an estimate or another outlet's figure). */
export function wasRevised(current: number, entries: readonly Vintage[]): boolean {
  return entries.some((entry) => entry.status === 'first-release' && entry.value.value !== current);
}

/**
 * A phrase or publisher as the source printed it: a bracketed part in data/ is
 * an editor's note ("[year inferred 2019]"), kept in the file, not shown as the
 * source's words.
 */
export function withoutEditorNotes(text: string): string {
  return text.replace(/\s*\[[^\]]*\]/g, '').trim();
}
