/**
 * How the panel reads a file: a function, so the page can use the worker and
 * tests (jsdom has no Worker) can read on the main thread with the same code.
 */
import type {
  AggregatedImport,
  AggregatorOptions,
  ImportResult,
} from '../../../domain/import/index.ts';
import {
  byteSourceOf,
  DEFAULT_CHUNK_SIZE,
  runChunkedImport,
} from '../../../domain/import/index.ts';

export type ParseOutcome = ImportResult<AggregatedImport> | 'cancelled';

export interface ParseControls {
  onProgress: (fraction: number) => void;
  /** Aborted when the user presses Cancel (or starts another import). */
  signal: AbortSignal;
}

export type ParseFile = (
  file: Blob,
  options: AggregatorOptions,
  controls: ParseControls,
) => Promise<ParseOutcome>;

/**
 * Reads on the main thread in chunks, yielding between them: the fallback
 * where no worker can start, and the parser of the component tests.
 */
export const parseOnMainThread: ParseFile = (file, options, controls) =>
  runChunkedImport(byteSourceOf(file), options, {
    chunkSize: DEFAULT_CHUNK_SIZE,
    onProgress: controls.onProgress,
    isCancelled: () => controls.signal.aborted,
  });
