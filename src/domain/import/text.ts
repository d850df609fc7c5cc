/**
 * Bounds on user text. A label, header or cell of a user's file can be a
 * megabyte long; everything downstream (issues, the chart, the saved dataset,
 * a reload that reopens it) stays cheap because text is cut here once.
 */

/** Characters kept of a label, column name or text cell (longer ones are cut, with a warning). */
export const MAX_LABEL_LENGTH = 200;
/** Characters of user text an issue carries ("“…” is not a number", a note line, line lists). */
export const MAX_ISSUE_TEXT_LENGTH = 200;

/** `text` cut to at most `limit` characters plus "…", never splitting a surrogate pair. */
export function boundText(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let end = Math.max(0, limit);
  const last = text.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return `${text.slice(0, end)}…`;
}

/** Trimmed, with runs of white space as one space; linear in the length (no backtracking). */
export function collapseSpace(text: string): string {
  return text.trim().replace(/\s+/g, ' ');
}
