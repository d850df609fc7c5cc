/**
 * The postMessage protocol between an embedded chart (in an iframe) and the
 * page that hosts it. Pure: building and validating messages. Listening,
 * posting and origin checks are the embed route's side effects.
 *
 *   embed → host  { type: 'idn-mfg-embed:height', chart, height }
 *   host → embed  { type: 'idn-mfg-embed:set-theme', theme }
 *                 { type: 'idn-mfg-embed:set-lang', lang }
 *                 { type: 'idn-mfg-embed:host-ready' }   (the host script has started: say your height again)
 *
 * Anything from another window is untrusted: parsers read only own data
 * properties, check every field against the schema, ignore extra fields
 * (so a newer host can add some) and return null for anything else. Nothing
 * is ever evaluated.
 */
import type { ChartId } from '../../domain/chartModel.ts';
import { CHART_IDS } from '../../domain/chartModel.ts';
import type { Locale } from '../../i18n/locales.ts';
import type { Theme } from '../../domain/vocabulary.ts';
import { LOCALES } from '../../i18n/locales.ts';
import { THEMES } from '../../domain/vocabulary.ts';

export const EMBED_MESSAGE_PREFIX = 'idn-mfg-embed:';
export const EMBED_HEIGHT = 'idn-mfg-embed:height';
export const HOST_SET_THEME = 'idn-mfg-embed:set-theme';
export const HOST_SET_LANG = 'idn-mfg-embed:set-lang';
export const HOST_READY = 'idn-mfg-embed:host-ready';

/** Tallest frame the host is asked for, in CSS pixels; a bigger number is a bug or an attack. */
export const MAX_EMBED_HEIGHT = 20_000;

export interface EmbedHeightMessage {
  type: typeof EMBED_HEIGHT;
  chart: ChartId;
  /** Content height in whole CSS pixels. */
  height: number;
}

export interface HostSetThemeMessage {
  type: typeof HOST_SET_THEME;
  theme: Theme;
}

export interface HostSetLangMessage {
  type: typeof HOST_SET_LANG;
  lang: Locale;
}

/** The host's script started after the embed had posted its height (a deferred or late script). */
export interface HostReadyMessage {
  type: typeof HOST_READY;
}

export type HostMessage = HostSetThemeMessage | HostSetLangMessage | HostReadyMessage;
export type EmbedMessage = EmbedHeightMessage;

/** An own, plain data property of a plain object; undefined otherwise (getters are never called). */
function ownField(data: unknown, key: string): unknown {
  if (typeof data !== 'object' || data === null) return undefined;
  try {
    if (Array.isArray(data)) return undefined;
    const descriptor = Object.getOwnPropertyDescriptor(data, key);
    return descriptor && 'value' in descriptor ? descriptor.value : undefined;
  } catch {
    // A revoked Proxy throws on every check; it is not a message.
    return undefined;
  }
}

function oneOf<T extends string>(value: unknown, options: readonly T[]): T | undefined {
  return typeof value === 'string' ? options.find((option) => option === value) : undefined;
}

/** A height message for the host; the height is rounded up and kept within 0…MAX_EMBED_HEIGHT. */
export function embedHeightMessage(chart: ChartId, height: number): EmbedHeightMessage {
  const safe = Number.isFinite(height)
    ? Math.min(MAX_EMBED_HEIGHT, Math.max(0, Math.ceil(height)))
    : 0;
  return { type: EMBED_HEIGHT, chart, height: safe };
}

export function setThemeMessage(theme: Theme): HostSetThemeMessage {
  return { type: HOST_SET_THEME, theme };
}

export function setLangMessage(lang: Locale): HostSetLangMessage {
  return { type: HOST_SET_LANG, lang };
}

/** What an embed accepts from its host, or null. */
export function parseHostMessage(data: unknown): HostMessage | null {
  const type = ownField(data, 'type');
  if (type === HOST_SET_THEME) {
    const theme = oneOf(ownField(data, 'theme'), THEMES);
    return theme ? { type, theme } : null;
  }
  if (type === HOST_SET_LANG) {
    const lang = oneOf(ownField(data, 'lang'), LOCALES);
    return lang ? { type, lang } : null;
  }
  if (type === HOST_READY) return { type };
  return null;
}

/** What a host accepts from an embed (the resize script in the embed snippet), or null. */
export function parseEmbedMessage(data: unknown): EmbedMessage | null {
  if (ownField(data, 'type') !== EMBED_HEIGHT) return null;
  const chart = oneOf(ownField(data, 'chart'), CHART_IDS);
  const height = ownField(data, 'height');
  if (!chart || typeof height !== 'number' || !Number.isInteger(height)) return null;
  if (height < 0 || height > MAX_EMBED_HEIGHT) return null;
  return { type: EMBED_HEIGHT, chart, height };
}
