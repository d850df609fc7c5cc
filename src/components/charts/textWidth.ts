/**
 * The one text-width estimate of the project. Text measures 0 in jsdom, where
 * the charts are prerendered at build time, so any layout that depends on text
 * size (the room for value labels, where an annotation goes, how a title
 * wraps in an image) uses this estimate and comes out the same at build time
 * and in the browser.
 *
 * Per-character per-character advance widths of a typical sans serif
 * (Arial/Helvetica metrics, in em), widened to cover the widest common
 * system UI font: DejaVu Sans, the Linux fallback for `system-ui`, measures
 * up to 1.16× Arial (1.31× in bold) in Chromium. San Francisco, Segoe UI and
 * Roboto are narrower, so there lines wrap a little early rather than clip.
 */

const WIDTH_GROUPS: [number, string][] = [
  [0.191, "'"],
  [0.222, 'ijl'],
  [0.26, '|'],
  [0.278, ' !,./:;I[\\]ft·'],
  [0.333, '()-`r'],
  [0.334, '{}'],
  [0.355, '"'],
  [0.389, '*'],
  [0.469, '^'],
  [0.5, 'Jckszvxy'],
  [0.556, '0123456789abdeghnopqu#$?_L–€'],
  [0.584, '+<=>~≈±×'],
  [0.611, 'FTZ'],
  [0.667, 'ABEKPSVXY&'],
  [0.722, 'CDHNRUw'],
  [0.778, 'GOQ'],
  [0.833, 'Mm'],
  [0.889, '%'],
  [0.944, 'W'],
  [1, '—…'],
  [1.015, '@'],
];

const CHAR_WIDTHS = new Map<string, number>(
  WIDTH_GROUPS.flatMap(([width, chars]) =>
    [...chars].map((char): [string, number] => [char, width]),
  ),
);

const SYSTEM_FONT_ALLOWANCE = 1.16;
const BOLD_ALLOWANCE = 1.13;

function charWidth(char: string): number {
  const known = CHAR_WIDTHS.get(char);
  if (known !== undefined) return known;
  const code = char.codePointAt(0) ?? 0;
  if (code < 0x20) return 0;
  // CJK, Hangul, full-width forms and emoji take a full em.
  if (code >= 0x2e80) return 1;
  // Accented Latin and the rest: about an average lowercase letter.
  return 0.58;
}

/** Estimated width in px of `text` set at `fontSize` px. */
export function measureText(text: string, fontSize: number, bold = false): number {
  let em = 0;
  for (const char of text) em += charWidth(char);
  return em * fontSize * SYSTEM_FONT_ALLOWANCE * (bold ? BOLD_ALLOWANCE : 1);
}

/** Splits a word wider than `maxWidth` into pieces that fit (long URLs, ids); linear in its length. */
function breakWord(word: string, maxWidth: number, fontSize: number, bold: boolean): string[] {
  const pieces: string[] = [];
  const scale = fontSize * SYSTEM_FONT_ALLOWANCE * (bold ? BOLD_ALLOWANCE : 1);
  let piece = '';
  let width = 0;
  for (const char of word) {
    const advance = charWidth(char) * scale;
    if (piece !== '' && width + advance > maxWidth) {
      pieces.push(piece);
      piece = '';
      width = 0;
    }
    piece += char;
    width += advance;
  }
  if (piece !== '') pieces.push(piece);
  return pieces;
}

/**
 * Greedy word wrap into lines no wider than `maxWidth` (as estimated).
 * Explicit line breaks are kept; an empty text gives no lines.
 */
export function wrapText(text: string, maxWidth: number, fontSize: number, bold = false): string[] {
  const lines: string[] = [];
  for (const paragraph of text.split(/\r\n|\r|\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((part) => part !== '')) {
      const candidate = line === '' ? word : `${line} ${word}`;
      if (measureText(candidate, fontSize, bold) <= maxWidth) {
        line = candidate;
        continue;
      }
      if (line !== '') lines.push(line);
      if (measureText(word, fontSize, bold) <= maxWidth) {
        line = word;
      } else {
        const pieces = breakWord(word, maxWidth, fontSize, bold);
        lines.push(...pieces.slice(0, -1));
        line = pieces.at(-1) ?? '';
      }
    }
    if (line !== '') lines.push(line);
  }
  return lines;
}

/** Width of a chart label at the chart's font size (13 px unless given). */
export function estimateTextWidth(text: string, fontSize = 13): number {
  return Math.ceil(measureText(text, fontSize));
}
