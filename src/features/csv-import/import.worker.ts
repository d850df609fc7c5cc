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
import type { ImportWorkerResponse } from '../../domain/import/workerProtocol.ts';
import {
  byteSourceOf,
  parseWorkerRequest,
  runChunkedImport,
} from '../../domain/import/workerProtocol.ts';

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

const post = (response: ImportWorkerResponse): void => scope.postMessage(response);

scope.addEventListener('message', (event: MessageEvent<unknown>) => {
  const request = parseWorkerRequest(event.data);
  if (!request) return;
  const run = ++currentRun;
  void runChunkedImport(byteSourceOf(request.file), request.options, {
    chunkSize: request.chunkSize,
    onProgress: (fraction) => {
      if (run === currentRun) post({ type: 'progress', fraction });
    },
    isCancelled: () => run !== currentRun,
  }).then((outcome) => {
    // A run superseded by a newer 'parse' stays silent; the newer one answers.
    if (run !== currentRun || outcome === 'cancelled') return;
    post({ type: 'done', result: outcome });
  });
});
