import { TABLES, requiredColumns } from './tables.ts';
import { parseCsv } from './csv.ts';
import { duplicateKeyIssue, readRequiredText, readVintage } from './fields.ts';
import type { Issue, Result } from './result.ts';
import { fail, fromIssues } from './result.ts';

export interface Source {
  id: string;
  /** Publisher and title in English. */
  publisher: string;
  title: string;
  /** The same in Bahasa Indonesia (the source's own words where it is Indonesian). */
  indonesian: { publisher: string; title: string };
  /** Release date as precisely as known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  vintage: string;
  note: string;
}

export type SourceMap = ReadonlyMap<string, Source>;

export const SOURCES_FILE = TABLES.sources.file;

export function parseSources(text: string, file = SOURCES_FILE): Result<SourceMap> {
  const table = parseCsv(text, {
    file,
    requiredColumns: requiredColumns('sources'),
  });
  if (!table.ok) return fail(table.issues);
  const issues: Issue[] = [...table.issues];
  const sources = new Map<string, Source>();
  const firstRow = new Map<string, number>();
  table.data.rows.forEach((row, index) => {
    const line = table.data.lineNumbers[index] ?? index + 2;
    const id = readRequiredText(row.id, { file, row: line, column: 'id' }, issues);
    const publisher = readRequiredText(
      row.publisher,
      { file, row: line, column: 'publisher' },
      issues,
    );
    const title = readRequiredText(row.title, { file, row: line, column: 'title' }, issues);
    const publisherIndonesian = readRequiredText(
      row.publisher_indonesian,
      { file, row: line, column: 'publisher_indonesian' },
      issues,
    );
    const titleIndonesian = readRequiredText(
      row.title_indonesian,
      { file, row: line, column: 'title_indonesian' },
      issues,
    );
    const vintage = readVintage(row.vintage, { file, row: line, column: 'vintage' }, issues);
    if (
      id === null ||
      publisher === null ||
      title === null ||
      publisherIndonesian === null ||
      titleIndonesian === null ||
      vintage === null
    )
      return;
    const first = firstRow.get(id);
    if (first !== undefined) {
      issues.push(duplicateKeyIssue({ file, row: line, column: 'id' }, id, first));
      return;
    }
    firstRow.set(id, line);
    sources.set(id, {
      id,
      publisher,
      title,
      indonesian: { publisher: publisherIndonesian, title: titleIndonesian },
      vintage,
      note: row.note ?? '',
    });
  });
  return fromIssues<SourceMap>(sources, issues);
}
