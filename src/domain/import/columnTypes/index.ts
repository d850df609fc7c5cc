/**
 * The column types of an import, one module each. Adding a type is one module
 * plus one line here (and its kind in types.ts).
 */
import type { ColumnKind } from '../types.ts';
import type { ColumnType } from './columnType.ts';
import { numberType } from './number.ts';
import { periodType } from './period.ts';
import { textType } from './text.ts';

export type { CellReader, CellReport, ColumnType, DetectContext, Detected } from './columnType.ts';
export { MixedFormats } from './number.ts';
export type { MixedCells } from './number.ts';

export const COLUMN_TYPES: Record<ColumnKind, ColumnType> = {
  text: textType,
  number: numberType,
  period: periodType,
};

/** The order detection tries the types: the first that accepts a column's cells wins; text takes any. */
export const DETECTION_ORDER: readonly ColumnType[] = [periodType, numberType, textType];
