import type { ChartId } from '../domain/chartModel.ts';
import type { Locale } from '../i18n/locales.ts';
import {
  EMBED_HEIGHT,
  HOST_READY,
  HOST_SET_LANG,
  HOST_SET_THEME,
  embedHeightMessage,
} from '../features/embed/messages.ts';
import { parseHostMessage } from '../features/embed/messages.ts';
import type { Theme } from '../domain/vocabulary.ts';

/** Many theme requests in a row make one change, this long after the first. */
const THEME_DELAY_MS = 50;

/**
 * In a frame, until the app takes over (data-live): the page's height for the host page
 * (embed-host.js), and the host's requests (messages.ts): the latest theme wins, applied once; a
 * language is the other language's page.
 */
export function startEmbedHost(options: {
  chart: ChartId | null;
  pageLocale: Locale;
  /** Goes to this page in another language. */
  switchLanguage: (locale: Locale) => void;
}): void {
  if (window.parent === window) return;
  const root = document.documentElement;
  let last = -1;
  const post = () => {
    const node = document.querySelector('#root > .embed') ?? document.getElementById('root');
    const height = node ? Math.ceil(node.getBoundingClientRect().height) : 0;
    if (height <= 0 || height === last) return;
    last = height;
    // A page that is no chart's (an unknown chart, explained on the dashboard page) says null.
    parent.postMessage(
      options.chart
        ? embedHeightMessage(options.chart, height)
        : { type: EMBED_HEIGHT, chart: null, height },
      '*',
    );
  };
  let pendingTheme: Theme | null = null;
  const applyTheme = () => {
    const theme = pendingTheme;
    pendingTheme = null;
    if (theme === 'system') root.removeAttribute('data-theme');
    else if (theme && root.getAttribute('data-theme') !== theme)
      root.setAttribute('data-theme', theme);
  };
  addEventListener('message', (event) => {
    if (event.source !== parent || root.hasAttribute('data-live')) return;
    const message = parseHostMessage(event.data);
    if (message?.type === HOST_READY) {
      last = -1;
      post();
    } else if (message?.type === HOST_SET_THEME) {
      if (pendingTheme === null) setTimeout(applyTheme, THEME_DELAY_MS);
      pendingTheme = message.theme;
    } else if (message?.type === HOST_SET_LANG && message.lang !== options.pageLocale) {
      options.switchLanguage(message.lang);
    }
  });
  document.addEventListener('DOMContentLoaded', () => {
    post();
    if (typeof ResizeObserver === 'function') new ResizeObserver(post).observe(document.body);
  });
}
