import { lazy } from 'react';
import type { ComponentType, LazyExoticComponent } from 'react';
import { loadChunk } from './loadChunk.ts';

export { isChunkLoadError, loadChunk } from './loadChunk.ts';

/** React.lazy with loadChunk's retries: a failure reaches the nearest error boundary. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the same constraint as React.lazy's own
export function lazyChunk<T extends ComponentType<any>>(
  load: () => Promise<{ default: T }>,
): LazyExoticComponent<T> {
  return lazy(() => loadChunk(load));
}
