/**
 * Runs before the first paint of every prerendered page, inlined into its head by
 * build/prerender/prerenderPlugin.ts, bundled and minified by build/bootScript.ts (no request; the
 * Content-Security-Policy allows exactly this script by its sha256). It is built from the same
 * modules as the app: the language, the page addresses, the route, the view address, the embed
 * messages, the early-use hand-over and the chunk retry.
 *
 * - Sends the reader to the page of their language (the build writes one page per language: ./
 *   and id/), of the chart an old `?embed=` link names (embed/<chart>.html), and, in an embed, of
 *   the view the link asks for when the build drew it (embed/<chart>/<view>.html, listed in the
 *   page's data-views), keeping the query and hash (pagePlan.ts).
 * - Applies the theme, and an embed's hide=… and static=1, so the first paint is what the app
 *   will show.
 * - Registers the service worker once the page has loaded and the browser is idle, so a reader who
 *   only reads gets the offline copy too.
 * - The page paints from HTML and CSS alone: the app (controls, tooltips, keyboard walking) loads
 *   on the first use (pointer, key, touch, scroll), never in a static=1 embed, and at once when the
 *   link asks for another view than the drawn one. A click, changed controls and keys pressed on a
 *   chart before the app is there are made again once it is (lib/earlyUse.ts). Until then, in an
 *   embed, this script posts the height to the host page (embedHost.ts).
 */
import { PAGE_LOAD_FAILURE } from '../i18n/pageLoadFailure.ts';
import type { Locale } from '../i18n/locales.ts';
import { keepEarlyChange, keepEarlyClick, keepEarlyKey } from '../lib/earlyUse.ts';
import { loadChunk } from '../lib/loadChunk.ts';
import { showLoadFailureNotice } from '../lib/loadFailureNotice.ts';
import { serviceWorkerAddress } from '../lib/serviceWorkerAddress.ts';
import { storedLocale } from '../state/storedLocale.ts';
import { startEmbedHost } from './embedHost.ts';
import { planPage } from './pagePlan.ts';

/** Real use only: a pointer that moves or presses, a key, focus, a touch, a scroll (not a pointer resting there). */
const FIRST_USE_EVENTS = [
  'pointermove',
  'pointerdown',
  'keydown',
  'focusin',
  'touchstart',
  'scroll',
  'wheel',
] as const;

function boot(): void {
  const root = document.documentElement;
  const entry = document.currentScript?.getAttribute('data-entry');
  const base = root.getAttribute('data-base') || './';
  const params = new URLSearchParams(location.search);
  const plan = planPage({
    search: location.search,
    lang: root.lang,
    chart: root.getAttribute('data-chart'),
    views: root.getAttribute('data-views'),
    view: root.getAttribute('data-view'),
    share: root.getAttribute('data-share'),
    dataVersion: root.getAttribute('data-version'),
    storedLocale,
    languages: navigator.languages || [navigator.language || 'en'],
  });
  if (plan.target !== plan.here) {
    location.replace(base + plan.target + location.search + location.hash);
    return;
  }
  const section = root.getAttribute('data-share-section');
  // The page's own scroll to a chart is not the reader's use: it loads nothing.
  let ownScroll = false;
  if (section && !location.hash)
    document.addEventListener('DOMContentLoaded', () => {
      const node = document.getElementById(section);
      if (!node) return;
      ownScroll = true;
      node.scrollIntoView();
      // Scroll events fire in the next frame; after two, any scroll is the reader's.
      requestAnimationFrame(() =>
        requestAnimationFrame(() => {
          ownScroll = false;
        }),
      );
    });
  const theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  if (plan.unknownChart) root.setAttribute('data-prerender', 'none');
  // A link asks for another view than the one drawn here.
  if (plan.viewPending) root.setAttribute('data-view-pending', '');
  if (!entry) return;

  // Offline on every visit, not only after first use: once the page has loaded and the browser is
  // idle, the service worker (at the app's root, whatever this page's depth) precaches what the app
  // needs. The app's own registration (src/app/serviceWorker.ts) finds the same worker.
  if ('serviceWorker' in navigator && location.protocol !== 'file:')
    addEventListener('load', () => {
      const idle = window.requestIdleCallback || ((work: () => void) => setTimeout(work, 1));
      idle(() => {
        const { url, scope } = serviceWorkerAddress(new URL(base, location.href));
        navigator.serviceWorker.register(url, { scope }).catch(() => {});
      });
    });

  if (plan.route.kind === 'embed') {
    const { hideTitle, hideSource, isStatic } = plan.route.options;
    if (hideTitle) root.setAttribute('data-hide-title', '');
    if (hideSource) root.setAttribute('data-hide-source', '');
    if (isStatic) root.setAttribute('data-static', '');
  }

  let loaded = false;
  const load = (event?: Event) => {
    if (loaded || (ownScroll && event?.type === 'scroll')) return;
    loaded = true;
    for (const type of FIRST_USE_EVENTS) removeEventListener(type, load, true);
    const url = new URL(entry, location.href).href;
    // The app's code could not be loaded: say so rather than look loaded and stay dead.
    loadChunk(() => import(/* @vite-ignore */ url)).catch(() =>
      showLoadFailureNotice(PAGE_LOAD_FAILURE[plan.pageLocale]),
    );
  };
  // The first click before the app is there, to be made again once it is.
  addEventListener(
    'click',
    (event) => {
      if (!root.hasAttribute('data-live')) keepEarlyClick(event);
    },
    true,
  );
  // A control changed before the app is there (a period chosen in the dropdown, an assistive tool
  // or a script setting it, the browser restoring the form on reload): its last value, set again
  // once the app is, and the app is needed at once.
  const keepChange = (target: EventTarget | null) => {
    if (root.hasAttribute('data-live') || root.hasAttribute('data-static')) return;
    if (keepEarlyChange(target)) load();
  };
  addEventListener('change', (event) => keepChange(event.target), true);
  // A restored form fires no change: a dropdown away from the option the page was drawn with.
  document.addEventListener('DOMContentLoaded', () => {
    root.querySelectorAll('select').forEach((select) => {
      const option = select.options[select.selectedIndex];
      if (option && !option.defaultSelected) keepChange(select);
    });
  });
  // Keys pressed on a chart before the app is there (walking its marks), to be pressed again once
  // it is, in order. Keys on controls need no help: the browser acts on them (Enter on a button
  // clicks).
  addEventListener(
    'keydown',
    (event) => {
      if (!root.hasAttribute('data-live')) keepEarlyKey(event);
    },
    true,
  );
  // Another view than the drawn one, a link made with older data, or an unknown chart to explain:
  // the app is needed at once.
  if (plan.viewPending || plan.olderData || plan.unknownChart) load();
  else if (!root.hasAttribute('data-static'))
    for (const type of FIRST_USE_EVENTS)
      addEventListener(type, load, { capture: true, passive: true });

  startEmbedHost({
    chart: plan.chart,
    pageLocale: plan.pageLocale,
    switchLanguage: (locale: Locale) => {
      params.set('lang', locale);
      location.replace(`${base}${plan.pageIn(locale)}?${params}`);
    },
  });
}

boot();
