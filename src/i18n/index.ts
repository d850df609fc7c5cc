import type { Locale } from './locales.ts';

// Boot (src/boot/) decides the language too, before the catalogues are there.
export { detectLocale } from './locales.ts';
import type { Catalogue, MessageKey } from './en.ts';
import { en } from './en.ts';
import { id } from './id.ts';

export type { MessageKey } from './en.ts';
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

export const CATALOGUES: Record<Locale, Catalogue> = { en, id };

/** Interpolates {name} parameters; an unknown parameter is left visible rather than silently dropped. */
export function interpolate(template: string, params: MessageParams = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : whole,
  );
}

export function createTranslator(locale: Locale): Translate {
  const catalogue = CATALOGUES[locale];
  return (key, params) => interpolate(catalogue[key], params);
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(en, key);
}
