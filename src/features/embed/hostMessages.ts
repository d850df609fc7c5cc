import type { DashboardStore } from '../../state/store.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Theme } from '../../domain/vocabulary.ts';
import { HOST_SET_LANG, HOST_SET_THEME, parseHostMessage } from './messages.ts';

/** How long host requests gather before one is applied: a flood becomes one render per period. */
export const HOST_MESSAGE_PERIOD_MS = 50;

/**
 * Applies a host's theme and language requests to the embed's store.
 * Requests are coalesced: within a period only the latest theme and the
 * latest language count, and one that matches what is shown changes nothing.
 * So 500 messages cost one render, not 500 (a host in a loop once froze an
 * embed for over a minute). Anything else is ignored; nothing is evaluated.
 */
export function startHostMessages(store: DashboardStore, win: Window = window): () => void {
  let theme: Theme | null = null;
  let locale: Locale | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const apply = () => {
    timer = null;
    const state = store.getState();
    if (theme !== null && theme !== state.theme) state.setTheme(theme);
    if (locale !== null && locale !== state.locale) state.setLocale(locale);
    theme = null;
    locale = null;
  };
  const onMessage = (event: MessageEvent) => {
    if (event.source !== win.parent) return;
    const message = parseHostMessage(event.data);
    if (message?.type === HOST_SET_THEME) theme = message.theme;
    else if (message?.type === HOST_SET_LANG) locale = message.lang;
    else return;
    // A period from the first request, not from the last: a steady stream still gets through.
    timer ??= setTimeout(apply, HOST_MESSAGE_PERIOD_MS);
  };

  win.addEventListener('message', onMessage);
  return () => {
    win.removeEventListener('message', onMessage);
    if (timer !== null) clearTimeout(timer);
  };
}
