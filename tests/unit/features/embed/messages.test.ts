import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  EMBED_HEIGHT,
  HOST_READY,
  HOST_SET_LANG,
  HOST_SET_THEME,
  MAX_EMBED_HEIGHT,
  embedHeightMessage,
  parseEmbedMessage,
  parseHostMessage,
  setLangMessage,
  setThemeMessage,
} from '../../../../src/features/embed/messages.ts';

describe('host → embed messages', () => {
  it('accepts the theme and language messages the host can send', () => {
    expect(parseHostMessage({ type: 'idn-mfg-embed:set-theme', theme: 'dark' })).toEqual({
      type: HOST_SET_THEME,
      theme: 'dark',
    });
    expect(parseHostMessage({ type: 'idn-mfg-embed:set-lang', lang: 'id' })).toEqual({
      type: HOST_SET_LANG,
      lang: 'id',
    });
    for (const message of [setThemeMessage('system'), setLangMessage('en')]) {
      expect(parseHostMessage(message)).toEqual(message);
    }
  });

  it('drops extra fields rather than passing them on', () => {
    expect(parseHostMessage({ type: HOST_SET_THEME, theme: 'light', script: 'alert(1)' })).toEqual({
      type: HOST_SET_THEME,
      theme: 'light',
    });
  });

  it('returns null for anything unknown or malformed', () => {
    const rejected: unknown[] = [
      null,
      undefined,
      'idn-mfg-embed:set-theme',
      JSON.stringify({ type: HOST_SET_THEME, theme: 'dark' }),
      [HOST_SET_THEME, 'dark'],
      { type: HOST_SET_THEME },
      { type: HOST_SET_THEME, theme: 'DARK' },
      { type: HOST_SET_THEME, theme: 'neon' },
      { type: HOST_SET_LANG, lang: 'fr' },
      { type: HOST_SET_LANG, theme: 'dark' },
      { type: 'idn-mfg-embed:height', chart: 'pmi', height: 300 },
      { type: 'other-widget:set-theme', theme: 'dark' },
      Object.create({ type: HOST_SET_THEME, theme: 'dark' }),
    ];
    for (const data of rejected) expect(parseHostMessage(data)).toBeNull();
  });

  it('never calls getters on what it is given', () => {
    let called = false;
    const sneaky = {
      get type() {
        called = true;
        return HOST_SET_THEME;
      },
      theme: 'dark',
    };
    expect(parseHostMessage(sneaky)).toBeNull();
    expect(called).toBe(false);
    const revoked = Proxy.revocable({}, {});
    revoked.revoke();
    expect(parseHostMessage(revoked.proxy)).toBeNull();
  });

  it('never throws on arbitrary input and returns only valid messages', () => {
    const nearMessages = fc.record({
      type: fc.constantFrom(HOST_SET_THEME, HOST_SET_LANG, EMBED_HEIGHT, 'x'),
      theme: fc.oneof(fc.constantFrom('light', 'dark', 'system'), fc.anything()),
      lang: fc.oneof(fc.constantFrom('en', 'id'), fc.anything()),
    });
    fc.assert(
      fc.property(
        fc.oneof(fc.anything({ withObjectString: true, withNullPrototype: true }), nearMessages),
        (data) => {
          const message = parseHostMessage(data);
          if (message === null) return;
          if (message.type === HOST_READY) {
            expect(message).toEqual({ type: HOST_READY });
            return;
          }
          if (message.type === HOST_SET_THEME)
            expect(['light', 'dark', 'system']).toContain(message.theme);
          else expect(['en', 'id']).toContain(message.lang);
          expect(Object.keys(message)).toHaveLength(2);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('embed → host height messages', () => {
  it('round-trips a height message', () => {
    const message = embedHeightMessage('pmi', 512.2);
    expect(message).toEqual({ type: 'idn-mfg-embed:height', chart: 'pmi', height: 513 });
    expect(parseEmbedMessage(message)).toEqual(message);
  });

  it('keeps heights finite and within bounds', () => {
    expect(embedHeightMessage('sector-shares', Number.NaN).height).toBe(0);
    expect(embedHeightMessage('sector-shares', -5).height).toBe(0);
    expect(embedHeightMessage('sector-shares', 1e9).height).toBe(MAX_EMBED_HEIGHT);
  });

  it('rejects unknown charts and impossible heights', () => {
    for (const data of [
      { type: EMBED_HEIGHT, chart: 'maps', height: 300 },
      { type: EMBED_HEIGHT, chart: 'pmi', height: '300' },
      { type: EMBED_HEIGHT, chart: 'pmi', height: 300.5 },
      { type: EMBED_HEIGHT, chart: 'pmi', height: -1 },
      { type: EMBED_HEIGHT, chart: 'pmi', height: Number.POSITIVE_INFINITY },
      { type: EMBED_HEIGHT, chart: 'pmi', height: MAX_EMBED_HEIGHT + 1 },
    ]) {
      expect(parseEmbedMessage(data)).toBeNull();
    }
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (data) => {
        const message = parseEmbedMessage(data);
        if (message !== null) expect(parseEmbedMessage(message)).toEqual(message);
      }),
    );
  });
});
