/**
 * The service worker and its scope: the app's root, whatever the depth of the page (./, id/,
 * embed/…). The boot script registers it on every visit, the app finds the same one
 * (src/app/serviceWorker.ts).
 */
export function serviceWorkerAddress(appRoot: URL): { url: string; scope: string } {
  return { url: new URL('sw.js', appRoot).href, scope: appRoot.pathname };
}
