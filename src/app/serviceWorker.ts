import { registerSW } from 'virtual:pwa-register';

/**
 * Offline use: the service worker precaches every asset and data file. A new
 * version waits until the reader chooses to reload into it, so old and new
 * files are never mixed on one page.
 */
type Listener = (updateReady: boolean) => void;
const listeners = new Set<Listener>();
let updateReady = false;
let update: ((reload?: boolean) => Promise<void>) | null = null;

export function startServiceWorker(): void {
  if (!('serviceWorker' in navigator) || window.location.protocol === 'file:') return;
  update = registerSW({
    onNeedRefresh() {
      updateReady = true;
      listeners.forEach((listener) => listener(true));
    },
  });
}

export function subscribeToUpdate(listener: Listener): () => void {
  listeners.add(listener);
  listener(updateReady);
  return () => listeners.delete(listener);
}

export function reloadIntoUpdate(): void {
  void update?.(true);
}
