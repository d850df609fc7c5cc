/**
 * The CSV import worker: reads a dropped file in chunks off the main thread.
 * Thin on purpose — message checking and the read loop live in
 * src/domain/import/workerProtocol.ts, parsing in src/domain/import.
 *
 * In:  { type: 'parse', file: File | ArrayBuffer, chunkSize, options? }
 * Out: { type: 'progress', fraction } · { type: 'done', result }
 * Cancelling is the page terminating the worker; a new 'parse' supersedes a running one.
 * Messages of any other shape are ignored. Nothing received is ever evaluated.
 */
import type { ImportWorkerResponse } from '../../../domain/import/workerProtocol.ts';
import {
  byteSourceOf,
  parseWorkerRequest,
  runChunkedImport,
} from '../../../domain/import/workerProtocol.ts';

/**
 * The part of DedicatedWorkerGlobalScope used here. The project's tsconfig has
 * the DOM lib, not the WebWorker one (they conflict), so `self` is typed as
 * Window; this cast says what it is in a worker.
 */
interface ImportWorkerScope {
  postMessage(message: ImportWorkerResponse): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<unknown>) => void): void;
}
const scope = self as unknown as ImportWorkerScope;

/** The latest run; an older one stops at its next chunk and stays silent. */
let currentRun = 0;

/**
 * Progress is posted at most this often (and always at the end). Each message
 * re-renders the panel on the page; one per 1 MB chunk took ~8 ms of the main
 * thread 38 times for a 38 MB file, on the cores the worker reads with.
 */
export const PROGRESS_INTERVAL_MS = 100;

const post = (response: ImportWorkerResponse): void => scope.postMessage(response);

scope.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = parseWorkerRequest(event.data);
  if (!request) return;
  const run = ++currentRun;
  let lastProgress = Number.NEGATIVE_INFINITY;
  void runChunkedImport(byteSourceOf(request.file), request.options, {
    chunkSize: request.chunkSize,
    onProgress: (fraction) => {
      const now = performance.now();
      if (run !== currentRun || (fraction < 1 && now - lastProgress < PROGRESS_INTERVAL_MS)) return;
      lastProgress = now;
      post({ type: 'progress', fraction });
    },
    isCancelled: () => run !== currentRun,
  }).then((outcome) => {
    // A run superseded by a newer 'parse' stays silent; the newer one answers.
    if (run !== currentRun || outcome === 'cancelled') return;
    post({ type: 'done', result: outcome });
  });
});
