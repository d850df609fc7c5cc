/**
 * Download file names: readable, stable, lowercase ASCII, so a folder of
 * downloads sorts by chart and a script can find a file by pattern.
 */
import type { ChartId } from '../../domain/chartModel.ts';

export const FILE_NAME_PREFIX = 'indonesia-manufacturing';

/** `2020-01..2020-12` → `2020-01-2020-12`; anything else reduced to `a-z0-9-`, at most 40 characters. */
export function fileNameQualifier(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 40)
    .replace(/^-+|-+$/g, '');
}

/** `indonesia-manufacturing-pmi` or, with a qualifier, `indonesia-manufacturing-pmi-2020-01-2020-12`. */
export function chartFileBase(chartId: ChartId, qualifier?: string): string {
  const suffix = qualifier === undefined ? '' : fileNameQualifier(qualifier);
  return suffix === ''
    ? `${FILE_NAME_PREFIX}-${chartId}`
    : `${FILE_NAME_PREFIX}-${chartId}-${suffix}`;
}

export function imageFileName(chartId: ChartId, format: 'svg' | 'png', qualifier?: string): string {
  return `${chartFileBase(chartId, qualifier)}.${format}`;
}
