/**
 * Loading code that may fail to arrive, for the app's chunks (lazyChunk.ts) and for the app's
 * first script, which the boot script (src/boot/) loads: one retry policy for both. No React here,
 * so the boot script can carry it.
 */

const RETRY_DELAYS_MS = [400, 1200];

/** What browsers say when a code chunk could not be fetched (a network blip, a deploy meanwhile). */
export function isChunkLoadError(error: unknown): boolean {
  const message = error instanceof Error ? error.message : String(error);
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module|Failed to fetch/i.test(
    message,
  );
}

/**
 * Loads a chunk, trying again after a moment when the fetch fails (where the
 * browser does not keep the failure; where it does, the page must reload,
 * and the caller says so in the reader's language).
 */
export async function loadChunk<T>(load: () => Promise<T>): Promise<T> {
  for (const delay of RETRY_DELAYS_MS) {
    try {
      return await load();
    } catch (error) {
      if (!isChunkLoadError(error)) throw error;
      await new Promise((resolve) => setTimeout(resolve, delay));
    }
  }
  return load();
}
