import type { ChartId } from '../../domain/chartModel.ts';
import { HOST_READY, embedHeightMessage, parseHostMessage } from './messages.ts';

/**
 * Tells the host page the embed's height whenever it changes, so the iframe
 * fits the chart with no inner scrollbar, whatever loads first.
 *
 * Watches the whole document, not one element, and from its first line:
 * - a ResizeObserver on <html> catches every change of the laid-out height
 *   (content, width, fonts) while the frame is rendered;
 * - a MutationObserver catches content changes while the browser does not
 *   render the frame: a cross-origin iframe below the fold is throttled, and
 *   its ResizeObservers stay silent until it scrolls into view. Reading the
 *   height forces a layout, so the host can size the frame before the reader
 *   gets there and the article does not jump;
 * - the host script's `host-ready` asks for the height again, for a script
 *   that started after the embed had posted it.
 */
export function startHeightMessages(chart: ChartId, win: Window = window): () => void {
  if (win.parent === win) return () => {};
  const root = win.document.documentElement;
  let last = -1;
  let scheduled: ReturnType<typeof setTimeout> | null = null;

  const post = (always: boolean) => {
    const height = Math.ceil(root.getBoundingClientRect().height);
    if (height <= 0 || (height === last && !always)) return;
    last = height;
    // The host may be any site: the message carries only the chart id and a height.
    win.parent.postMessage(embedHeightMessage(chart, height), '*');
  };
  // Many mutations (a chart drawing) make one measurement.
  const schedule = () => {
    if (scheduled !== null) return;
    scheduled = setTimeout(() => {
      scheduled = null;
      post(false);
    }, 0);
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source !== win.parent) return;
    if (parseHostMessage(event.data)?.type === HOST_READY) post(true);
  };

  const resizes = new ResizeObserver(() => post(false));
  resizes.observe(root);
  const mutations = new MutationObserver(schedule);
  mutations.observe(root, {
    childList: true,
    subtree: true,
    attributes: true,
    characterData: true,
  });
  win.addEventListener('message', onMessage);
  win.addEventListener('load', schedule);
  post(false);

  return () => {
    resizes.disconnect();
    mutations.disconnect();
    win.removeEventListener('message', onMessage);
    win.removeEventListener('load', schedule);
    if (scheduled !== null) clearTimeout(scheduled);
  };
}
