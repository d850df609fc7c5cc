/**
 * User text (file names, labels, column names) set inside the app's own
 * sentences is isolated, so a right-to-left override in it (U+202E) cannot
 * reverse the words around it: "imported 29 November 2026" stays readable and
 * `…‮gpj.csv` is not shown as `…vsc.jpg` outside its own span.
 *
 * In text and SVG, FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE; in HTML
 * elements of their own, `<bdi>` or `dir="auto"` does the same.
 */
export const FIRST_STRONG_ISOLATE = '\u2068';
export const POP_DIRECTIONAL_ISOLATE = '\u2069';

/**
 * Right-to-left letters (Hebrew, Arabic and the other RTL blocks) and the
 * bidi controls (marks, embeddings, overrides, isolates). One character
 * class: linear on any input.
 */
const BIDI_SENSITIVE =
  /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;

/** Whether `text` can change the direction of what surrounds it. */
export function isBidiSensitive(text: string): boolean {
  return BIDI_SENSITIVE.test(text);
}

/**
 * `text` as an isolate, where it could matter: text with right-to-left
 * letters or bidi controls. Other text is left as it is (in the app's
 * left-to-right languages, isolating it changes nothing on screen, and
 * copying or searching it stays plain). A PDI inside is dropped, so it cannot
 * end the isolate early.
 */
export function isolate(text: string): string {
  if (!isBidiSensitive(text)) return text;
  const inner = text.includes(POP_DIRECTIONAL_ISOLATE)
    ? text.split(POP_DIRECTIONAL_ISOLATE).join('')
    : text;
  return `${FIRST_STRONG_ISOLATE}${inner}${POP_DIRECTIONAL_ISOLATE}`;
}

/** Text without the isolates `isolate` added (for data written to files). */
export function withoutIsolates(text: string): string {
  if (!text.includes(FIRST_STRONG_ISOLATE)) return text;
  return text.split(FIRST_STRONG_ISOLATE).join('').split(POP_DIRECTIONAL_ISOLATE).join('');
}
