/**
 * Stands in for node-fetch and sync-fetch, which citation-js imports to read
 * DOIs and URLs. The dashboard formats citations from data it already holds
 * and makes no request beyond its own origin, so any fetch is refused; the
 * stub also keeps Node's http code out of the browser bundle
 * (vite.config.ts aliases both packages here).
 */
function refuseFetch(): never {
  throw new Error('citation-js tried to fetch: the dashboard never fetches for a citation');
}
refuseFetch.Headers = globalThis.Headers;

export const Headers = globalThis.Headers;
export default refuseFetch;
