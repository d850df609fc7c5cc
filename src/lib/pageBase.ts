/**
 * The way from this page to the app's root ('./', '../'): the build writes it
 * on the html element of every page it prerenders (data-base), and rewrites
 * './' links of the prerendered markup by it, so a link made with it is the
 * same markup at build time (where it is './') and in the browser.
 */
export function pageBase(): string {
  return typeof document === 'undefined' ? './' : (document.documentElement.dataset.base ?? './');
}
