import type { Interval, PrintedNumber } from './decimal.ts';
import { decimalsForSignificantFigures } from './decimal.ts';

export type FigureStatus = 'stated' | 'derived';

/** How a derived figure was computed, so the UI can say so. */
export type Derivation =
  | { kind: 'shareOfTotal'; share: number; total: number }
  | { kind: 'valueOverTotal'; value: number; total: number }
  | { kind: 'remainderOfShares'; namedShares: number }
  | { kind: 'remainderOfValues'; total: number; namedValues: number }
  | { kind: 'ratio'; part: number; whole: number }
  | { kind: 'sumOfShares'; count: number }
  | { kind: 'baseFromGrowth'; value: number; growthPct: number };

/** A number the dashboard shows, with where it comes from and how precise it is. */
export interface Figure {
  value: number;
  /** Decimal places the figure deserves: as printed, or no more precise than its inputs. */
  decimals: number;
  /** Significant figures it carries, for deriving further figures from it. */
  significantFigures: number;
  status: FigureStatus;
  sourceId: string;
  derivation?: Derivation;
  /**
   * The true values a derived figure can take, given the rounding of its
   * inputs. Where one number would claim too much (a share derived from "9"
   * billion), the dashboard prints this range instead ("≈ 9–10%").
   */
  interval?: Interval;
}

export function statedFigure(printed: PrintedNumber, sourceId: string): Figure {
  return {
    value: printed.value,
    decimals: printed.decimals,
    significantFigures: printed.significantFigures,
    status: 'stated',
    sourceId,
  };
}

/** A figure computed from others, shown with no more significant figures than its least precise input. */
export function derivedFigure(
  value: number,
  inputs: readonly Pick<Figure, 'significantFigures'>[],
  sourceId: string,
  derivation: Derivation,
): Figure {
  const significantFigures = Math.min(...inputs.map((input) => input.significantFigures));
  return {
    value,
    decimals: decimalsForSignificantFigures(value, significantFigures),
    significantFigures,
    status: 'derived',
    sourceId,
    derivation,
  };
}
