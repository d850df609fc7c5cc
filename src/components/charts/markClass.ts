import type { BarDatum } from '../../domain/chartModel.ts';

/** Colours live in CSS (light and dark themes); marks only say what they are. */
export function markClass(bar: Pick<BarDatum, 'highlight' | 'isRemainder' | 'derived'>): string {
  const classes = ['mark'];
  if (bar.highlight) classes.push('mark--highlight');
  else if (bar.isRemainder) classes.push('mark--remainder');
  else classes.push('mark--muted');
  if (bar.derived) classes.push('mark--derived');
  return classes.join(' ');
}
