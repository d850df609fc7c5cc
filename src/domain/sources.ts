import type { Result } from './result.ts';
import { fail, fromIssues } from './result.ts';
import { readTable } from './readTable.ts';
import { TABLES } from './tables.ts';

export interface Source {
  id: string;
  /** Publisher and title in English. */
  publisher: string;
  title: string;
  /** The same in Bahasa Indonesia (the source's own words where it is Indonesian). */
  indonesian: { publisher: string; title: string };
  /** Release date as precisely as known: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`. */
  vintage: string;
  /** Where its figures were read (https only); absent where each row names its own (the PMI's months). */
  url?: string;
  note: string;
}

export type SourceMap = ReadonlyMap<string, Source>;

export const SOURCES_FILE = TABLES.sources.file;

export function parseSources(text: string, file = SOURCES_FILE): Result<SourceMap> {
  const table = readTable(text, { ...TABLES.sources, file });
  if (!table.ok) return fail(table.issues);
  const sources = new Map<string, Source>();
  for (const row of table.data) {
    if (!row.valid) continue;
    const { id, publisher, title, publisher_indonesian, title_indonesian, vintage, url, note } =
      row;
    if (!id || !publisher || !title || !publisher_indonesian || !title_indonesian || !vintage)
      continue;
    sources.set(id, {
      id,
      publisher,
      title,
      indonesian: { publisher: publisher_indonesian, title: title_indonesian },
      vintage,
      ...(url && /^https?:\/\//.test(url) ? { url } : {}),
      note: note ?? '',
    });
  }
  return fromIssues<SourceMap>(sources, table.issues);
}
