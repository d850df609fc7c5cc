/**
 * The messages between the import worker and the page, checked by shape (a
 * worker must not trust what it is sent), and the chunked read loop the
 * worker runs. Kept here, free of worker globals, so it is tested in node;
 * src/features/csv-import/worker/import.worker.ts only wires it to `self`.
 */
import { fail } from '../result.ts';
import type { AggregatedImport, AggregatorOptions } from './aggregate.ts';
import { createImportAggregator } from './aggregate.ts';
import { MAX_IMPORT_BYTES, tooLargeIssue } from './decode.ts';
import type { ImportResult } from './issues.ts';

export const DEFAULT_CHUNK_SIZE = 1024 * 1024;
const MIN_CHUNK_SIZE = 1024;
const MAX_CHUNK_SIZE = 16 * 1024 * 1024;

/** Anything with a size that can hand out byte ranges: a File/Blob, or an ArrayBuffer wrapped. */
export interface ByteSource {
  size: number;
  read(start: number, end: number): Promise<Uint8Array>;
}

/**
 * The one request. Cancelling ends the worker (the page terminates it), so
 * there is no 'cancel' message; a new 'parse' supersedes a running one.
 */
export interface ImportWorkerRequest {
  type: 'parse';
  /** A File/Blob, or the bytes. */
  file: Blob | ArrayBuffer;
  chunkSize: number;
  options: AggregatorOptions;
}

export type ImportWorkerResponse =
  { type: 'progress'; fraction: number } | { type: 'done'; result: ImportResult<AggregatedImport> };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// Tag checks rather than instanceof: a buffer or file from another realm (an
// iframe, a test environment) is still one.
function tagOf(value: unknown): string {
  return Object.prototype.toString.call(value);
}

function isArrayBuffer(value: unknown): value is ArrayBuffer {
  return tagOf(value) === '[object ArrayBuffer]';
}

function isBlob(value: unknown): value is Blob {
  const tag = tagOf(value);
  return tag === '[object Blob]' || tag === '[object File]';
}

/**
 * Keeps only the options the page sends (the file name and the column
 * mapping), with the right types; drops everything else. Detection overrides
 * (delimiter, header, decimal, number formats) are not offered by any screen,
 * so the worker does not take them.
 */
function readOptions(value: unknown): AggregatorOptions {
  if (!isRecord(value)) return {};
  const options: AggregatorOptions = {};
  if (typeof value.file === 'string') options.file = value.file;
  if (typeof value.label === 'string') options.label = value.label;
  if (typeof value.value === 'string') options.value = value.value;
  if (typeof value.period === 'string' || value.period === null) options.period = value.period;
  if (
    typeof value.previewRows === 'number' &&
    Number.isInteger(value.previewRows) &&
    value.previewRows >= 0
  ) {
    options.previewRows = Math.min(value.previewRows, 100_000);
  }
  return options;
}

/** The request a message stands for, or null for anything else (which the worker ignores). */
export function parseWorkerRequest(message: unknown): ImportWorkerRequest | null {
  if (!isRecord(message)) return null;
  if (message.type !== 'parse') return null;
  const file = message.file;
  if (!isArrayBuffer(file) && !isBlob(file)) return null;
  const requested = message.chunkSize;
  const chunkSize =
    typeof requested === 'number' && Number.isFinite(requested)
      ? Math.min(MAX_CHUNK_SIZE, Math.max(MIN_CHUNK_SIZE, Math.floor(requested)))
      : DEFAULT_CHUNK_SIZE;
  return { type: 'parse', file, chunkSize, options: readOptions(message.options) };
}

export function byteSourceOf(file: Blob | ArrayBuffer): ByteSource {
  if (isArrayBuffer(file)) {
    return {
      size: file.byteLength,
      read: async (start, end) =>
        new Uint8Array(file, start, Math.min(end, file.byteLength) - start),
    };
  }
  return {
    size: file.size,
    read: async (start, end) => new Uint8Array(await file.slice(start, end).arrayBuffer()),
  };
}

export interface RunControls {
  chunkSize: number;
  onProgress: (fraction: number) => void;
  isCancelled: () => boolean;
}

/**
 * Reads `source` chunk by chunk into an aggregator, reporting progress and
 * checking for cancellation between chunks. Resolves to the result, or to
 * 'cancelled'. Never rejects: a read error becomes an 'import.readFailed' issue.
 */
export async function runChunkedImport(
  source: ByteSource,
  options: AggregatorOptions,
  controls: RunControls,
): Promise<ImportResult<AggregatedImport> | 'cancelled'> {
  const withFile = options.file ? { file: options.file } : {};
  if (source.size > MAX_IMPORT_BYTES) return fail([{ ...tooLargeIssue(source.size), ...withFile }]);
  const aggregator = createImportAggregator(options);
  /** The read of the chunk from `start`, begun while the one before is parsed. */
  const readFrom = (start: number): Promise<Uint8Array> => {
    const reading = source.read(start, Math.min(source.size, start + controls.chunkSize));
    // A read left behind by a cancel must not fail unheard; an awaited one still throws below.
    reading.catch(() => undefined);
    return reading;
  };
  try {
    let next = source.size > 0 ? readFrom(0) : null;
    for (let start = 0; start < source.size; start += controls.chunkSize) {
      if (controls.isCancelled()) return 'cancelled';
      const end = Math.min(source.size, start + controls.chunkSize);
      const bytes = await (next as Promise<Uint8Array>);
      // The file is read ahead by one chunk: the wait for the next read overlaps this parse.
      next = end < source.size ? readFrom(end) : null;
      aggregator.pushBytes(bytes);
      // The outcome is known (e.g. a quote that never closes): the rest of the file is not read.
      if (aggregator.stopped) break;
      controls.onProgress(source.size === 0 ? 1 : end / source.size);
      // Let a newer message in between chunks (it supersedes this read) even when reads resolve at once.
      await new Promise((resolve) => setTimeout(resolve, 0));
    }
    if (controls.isCancelled()) return 'cancelled';
    return aggregator.finish();
  } catch (error) {
    return fail([
      {
        code: 'import.readFailed',
        severity: 'error',
        ...withFile,
        params: { detail: String(error) },
      },
    ]);
  }
}
