/**
 * Reads a file in the import worker, off the main thread, so the page stays
 * responsive for a 50 MB file. The worker is inlined into the bundle
 * (`?worker&inline`): the one-file edition opened from file:// cannot load a
 * separate worker file. Where no worker can start, reading falls back to the
 * main thread in chunks.
 */
import type { ImportWorkerResponse } from '../../../domain/import/index.ts';
import { DEFAULT_CHUNK_SIZE } from '../../../domain/import/index.ts';
import ImportWorker from './import.worker.ts?worker&inline';
import type { ParseFile, ParseOutcome } from './parseFile.ts';
import { parseOnMainThread } from './parseFile.ts';

function startWorker(): Worker | null {
  try {
    return typeof Worker === 'undefined' ? null : new ImportWorker();
  } catch {
    return null;
  }
}

/** One worker per read, ended when the read ends: a cancelled 50 MB read stops at once. */
export const parseInWorker: ParseFile = (file, options, controls) => {
  const worker = startWorker();
  if (!worker) return parseOnMainThread(file, options, controls);
  return new Promise<ParseOutcome>((resolve) => {
    const finish = (outcome: ParseOutcome) => {
      controls.signal.removeEventListener('abort', cancel);
      worker.terminate();
      resolve(outcome);
    };
    const cancel = () => finish('cancelled');
    if (controls.signal.aborted) {
      cancel();
      return;
    }
    controls.signal.addEventListener('abort', cancel);
    worker.addEventListener('message', (event: MessageEvent<ImportWorkerResponse>) => {
      const message = event.data;
      if (message.type === 'progress') controls.onProgress(message.fraction);
      else if (message.type === 'done') finish(message.result);
    });
    worker.addEventListener('error', (event) => {
      finish({
        ok: false,
        issues: [
          {
            code: 'import.readFailed',
            severity: 'error',
            ...(options.file ? { file: options.file } : {}),
            params: { detail: event.message || 'worker error' },
          },
        ],
      });
    });
    worker.postMessage({ type: 'parse', file, chunkSize: DEFAULT_CHUNK_SIZE, options });
  });
};
