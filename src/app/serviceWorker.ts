import { registerSW } from 'virtual:pwa-register';
import { serviceWorkerAddress } from '../lib/serviceWorkerAddress.ts';

/**
 * Offline use: the service worker precaches every asset and data file. A new
 * version waits until the reader chooses to reload into it, so old and new
 * files are never mixed on one page.
 *
 * "Reload" reloads only the tab it was clicked in. Moving to the new version
 * hands every open tab to the new worker at once, and the register helper's
 * default is to reload them all, which threw away an import under review in
 * another tab. Here a tab that did not ask keeps running and keeps its banner;
 * its own "Reload" later simply reloads, the new worker being in charge already.
 */
type Listener = (updateReady: boolean) => void;
const listeners = new Set<Listener>();
let updateReady = false;
let update: ((reload?: boolean) => Promise<void>) | null = null;
/** This tab's reader chose to reload into the new version. */
let asked = false;
/** The new version took charge of this tab (asked for here or in another tab). */
let newVersionInCharge = false;

const onNeedRefresh = () => {
  updateReady = true;
  listeners.forEach((listener) => listener(true));
};
const onNeedReload = () => {
  newVersionInCharge = true;
  if (asked) window.location.reload();
};

/**
 * The web build's pages live at several depths (./, id/, embed/, id/embed/); the worker and its
 * scope are the app's root, found from where this code was loaded (assets/ sits in the root).
 * The register helper of vite-plugin-pwa resolves `./sw.js` against the page instead.
 */
function registerFromAppRoot(): (reload?: boolean) => Promise<void> {
  const root = new URL('../', import.meta.url);
  // Loaded when needed (and never while prerendering in node, where the package is CommonJS).
  const registered = import('workbox-window').then(({ Workbox }) => {
    const { url, scope } = serviceWorkerAddress(root);
    const workbox = new Workbox(url, { scope });
    workbox.addEventListener('waiting', onNeedRefresh);
    workbox.addEventListener('controlling', (event) => {
      if (event.isUpdate) onNeedReload();
    });
    void workbox.register();
    return workbox;
  });
  return async () => (await registered).messageSkipWaiting();
}

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator) || window.location.protocol === 'file:') return;
  update =
    import.meta.env.VITE_PRERENDERED_PAGES === 'true'
      ? registerFromAppRoot()
      : registerSW({ onNeedRefresh, onNeedReload });
}

export function subscribeToUpdate(listener: Listener): () => void {
  listeners.add(listener);
  listener(updateReady);
  return () => listeners.delete(listener);
}

export function reloadIntoUpdate(): void {
  asked = true;
  if (newVersionInCharge) window.location.reload();
  else void update?.(true);
}
