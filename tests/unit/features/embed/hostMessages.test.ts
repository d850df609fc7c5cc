// @vitest-environment jsdom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  HOST_MESSAGE_PERIOD_MS,
  startHostMessages,
} from '../../../../src/features/embed/hostMessages.ts';
import { createDashboardStore } from '../../../../src/state/store.ts';

/** In jsdom the page is its own parent, so a message from `window` stands for one from the host. */
function fromHost(data: unknown): void {
  window.dispatchEvent(new MessageEvent('message', { data, source: window }));
}

describe('host messages in an embed', () => {
  let store: ReturnType<typeof createDashboardStore>;
  let changes: number;
  let stop: () => void;

  beforeEach(() => {
    vi.useFakeTimers();
    store = createDashboardStore({ loader: { files: async () => '' } });
    changes = 0;
    store.subscribe(() => (changes += 1));
    stop = startHostMessages(store);
  });
  afterEach(() => {
    stop();
    vi.useRealTimers();
  });

  it('applies a flood of 500 theme requests once, with the last one', () => {
    for (let index = 0; index < 500; index++)
      fromHost({ type: 'idn-mfg-embed:set-theme', theme: index % 2 === 0 ? 'light' : 'dark' });
    expect(changes).toBe(0);
    vi.advanceTimersByTime(HOST_MESSAGE_PERIOD_MS);
    expect(store.getState().theme).toBe('dark');
    expect(changes).toBe(1);
  });

  it('drops a request for what is already shown', () => {
    fromHost({ type: 'idn-mfg-embed:set-lang', lang: store.getState().locale });
    fromHost({ type: 'idn-mfg-embed:set-theme', theme: store.getState().theme });
    vi.advanceTimersByTime(HOST_MESSAGE_PERIOD_MS);
    expect(changes).toBe(0);
  });

  it('takes the last theme and the last language of a burst together', () => {
    fromHost({ type: 'idn-mfg-embed:set-lang', lang: 'id' });
    fromHost({ type: 'idn-mfg-embed:set-theme', theme: 'dark' });
    fromHost({ type: 'idn-mfg-embed:set-theme', theme: '<script>' });
    vi.advanceTimersByTime(HOST_MESSAGE_PERIOD_MS);
    expect(store.getState()).toMatchObject({ locale: 'id', theme: 'dark' });
  });

  it('lets a steady stream through once per period', () => {
    for (let tick = 0; tick < 10; tick++) {
      fromHost({ type: 'idn-mfg-embed:set-theme', theme: tick % 2 === 0 ? 'dark' : 'light' });
      vi.advanceTimersByTime(HOST_MESSAGE_PERIOD_MS / 5);
    }
    // Ten messages over two periods: two renders, not ten and not none.
    expect(changes).toBe(2);
  });

  it('ignores messages from any window but the host', () => {
    const other = document.createElement('iframe');
    document.body.append(other);
    window.dispatchEvent(
      new MessageEvent('message', {
        data: { type: 'idn-mfg-embed:set-theme', theme: 'dark' },
        source: other.contentWindow,
      }),
    );
    vi.advanceTimersByTime(HOST_MESSAGE_PERIOD_MS);
    expect(changes).toBe(0);
    other.remove();
  });
});
