/** The one-file edition has no service worker: it runs from file:// and makes no request. */
export function registerSW(): (reload?: boolean) => Promise<void> {
  return async () => {};
}
