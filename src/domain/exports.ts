/**
 * The sector-exports dataset: what the rows of periods.csv, sector-exports.csv,
 * annual-totals.csv and indicators.csv mean together. Shares and values a
 * source does not state are derived (and marked so), stated ones must agree to
 * their printed precision, "all other sectors" is the remainder, and stated
 * growth rates imply revised bases. Reading the files is exportsFiles.ts.
 */
import type { PrintedNumber } from './decimal.ts';
import {
  decimalsForInterval,
  differenceInterval,
  intervalOf,
  intervalsOverlap,
  percentInterval,
  shareSumTolerance,
  sumInterval,
} from './decimal.ts';
import type { AnnualRow, Coverage, PeriodRow, SectorRow } from './exportsFiles.ts';
import {
  EXPORT_FILES,
  readAnnualRows,
  readMonthlyRows,
  readPartYearRows,
  readPeriods,
  readSectorRows,
} from './exportsFiles.ts';
import type { FigureHistory, Vintage } from './history.ts';
import { historyOf, readHistory } from './history.ts';
import type { Measure } from './tables.ts';
import type { Indicator } from './indicators.ts';
import { INDICATORS_FILE, readIndicators } from './indicators.ts';
import type { Figure } from './figures.ts';
import { derivedFigure, statedFigure } from './figures.ts';
import type { CellRef } from './fields.ts';
import { cellIssue } from './fields.ts';
import type { Issue, Result } from './result.ts';
import { fail, fromIssues } from './result.ts';
import { REMAINDER_ID } from './sectors.ts';
import type { SourceMap } from './sources.ts';

export type { Coverage };

export interface SectorEntry {
  sectorId: string;
  /** True for "all other sectors": the part of the total the release does not name. */
  isRemainder: boolean;
  share: Figure;
  value: Figure;
}

export interface PeriodBreakdown {
  id: string;
  start: string;
  end: string;
  coverage: Coverage;
  /** Total manufacturing exports of the period, billion USD. */
  total: Figure;
  sourceId: string;
  /** Named sectors, largest share first, then the remainder. */
  sectors: SectorEntry[];
}

export interface AnnualTotal {
  year: number;
  /** The measure as the source names it (industri pengolahan, or … nonmigas). */
  measure: Measure;
  manufacturing: Figure;
  national?: Figure;
  shareOfNational?: Figure;
  /** Every other printing of the year's manufacturing total (vintages.csv), oldest first. */
  history?: readonly Vintage[];
  /** Where the current total was read ('' for its source's address) and the phrase that states it. */
  printed: { url: string; quote: string };
}

/** Exports from the start of a year to a month: never comparable with a full year. */
export interface PartYearTotal {
  id: string;
  start: string;
  end: string;
  measure: Measure;
  manufacturing: Figure;
  national?: Figure;
  shareOfNational?: Figure;
}

/** One month's manufacturing exports, where a source states it. */
export interface MonthlyExport {
  month: string;
  measure: Measure;
  manufacturing: Figure;
  shareOfNational?: Figure;
  history?: readonly Vintage[];
}

/**
 * A later release's growth rate implies a revised total for the year before:
 * 2020's +2.95 % to 131.13 billion implies a 2019 base of ≈ 127.4 billion.
 */
export interface ImpliedBase {
  /** The year whose total the growth implies (the base year). */
  year: number;
  /** The stated growth of the following year, percent. */
  growth: Figure;
  /** The stated total of the following year. */
  total: Figure;
  /** total ÷ (1 + growth): derived, at the precision its inputs allow. */
  base: Figure;
  /** The base year's total as first stated, when the data has it. */
  firstStated?: Figure;
}

export interface ExportsDataset {
  sources: SourceMap;
  periods: PeriodBreakdown[];
  annual: AnnualTotal[];
  /** Part-years (January–October 2025), apart from the full years. */
  partYears: PartYearTotal[];
  /** Single months of manufacturing exports. */
  months: MonthlyExport[];
  /** Every kept printing of every figure (vintages.csv). */
  history: FigureHistory;
  /** Revised bases implied by stated growth rates (indicators.csv). */
  impliedBases: ImpliedBase[];
  /** Manufacturing's share of GDP by year (indicators.csv). */
  shareOfGdp: { year: number; share: Figure }[];
}

export interface ExportsFiles {
  periods: string;
  sectorExports: string;
  annualTotals: string;
  partYearTotals: string;
  monthlyExports: string;
  indicators: string;
  vintages: string;
}

/** Stated share and stated value must agree with the total to the precision they were printed with. */
function checkAgreement(
  part: PrintedNumber,
  whole: PrintedNumber,
  statedShare: PrintedNumber,
  ref: CellRef,
  issues: Issue[],
): void {
  const possible = percentInterval(intervalOf(part), intervalOf(whole));
  if (!intervalsOverlap(possible, intervalOf(statedShare))) {
    issues.push({
      code: 'figures.disagree',
      severity: 'error',
      ...ref,
      params: {
        stated: statedShare.value,
        computed: Number(((part.value / whole.value) * 100).toFixed(3)),
      },
    });
  }
}

function buildBreakdown(period: PeriodRow, rows: SectorRow[], issues: Issue[]): PeriodBreakdown {
  const total = statedFigure(period.total, period.sourceId);
  const named: SectorEntry[] = rows.map((row) => {
    const ref: CellRef = { file: EXPORT_FILES.sectorExports, row: row.line, column: 'share_pct' };
    if (row.share && row.value) checkAgreement(row.value, period.total, row.share, ref, issues);
    const share = row.share
      ? statedFigure(row.share, row.sourceId)
      : {
          ...derivedFigure(
            (row.value!.value / total.value) * 100,
            [row.value!, total],
            row.sourceId,
            {
              kind: 'valueOverTotal',
              value: row.value!.value,
              total: total.value,
            },
          ),
          interval: percentInterval(intervalOf(row.value!), intervalOf(period.total)),
        };
    const value = row.value
      ? statedFigure(row.value, row.sourceId)
      : derivedFigure((share.value * total.value) / 100, [share, total], row.sourceId, {
          kind: 'shareOfTotal',
          share: share.value,
          total: total.value,
        });
    return { sectorId: row.sectorId, isRemainder: false, share, value };
  });

  const sumShares = named.reduce((sum, entry) => sum + entry.share.value, 0);
  const allSharesStated = rows.every((row) => row.share !== null);
  const allValuesStated = rows.every((row) => row.value !== null);
  const overHundred =
    allValuesStated && !allSharesStated
      ? // The values as printed can stand for at least this much together: more than the total can.
        sumInterval(named.map((entry) => intervalOf(entry.value))).low >
        intervalOf(total).high + 1e-12
      : sumShares > 100 + shareSumTolerance(rows.map((row) => row.share?.decimals ?? 2));
  if (overHundred) {
    issues.push({
      code: 'shares.overHundred',
      severity: 'error',
      file: EXPORT_FILES.sectorExports,
      row: rows[0]?.line,
      column: allSharesStated ? 'share_pct' : 'value_busd',
      params: { period: period.id, sum: Number(sumShares.toFixed(2)) },
    });
  }

  const sectors = [...named].sort((a, b) => b.share.value - a.share.value);
  if (!overHundred && rows.length > 0) {
    sectors.push(remainderEntry(period, rows, named, total, allSharesStated));
  }
  return {
    id: period.id,
    start: period.start,
    end: period.end,
    coverage: period.coverage,
    total,
    sourceId: period.sourceId,
    sectors,
  };
}

/**
 * "All other sectors": what the release does not name. It is no more precise
 * than its coarsest input: with chemicals at "10 %" (±0.5) the 2019 remainder
 * is ≈ 43 %, not 42.52 %. The value is kept unrounded; `decimals` says how to print it.
 */
function remainderEntry(
  period: PeriodRow,
  rows: SectorRow[],
  named: SectorEntry[],
  total: Figure,
  allSharesStated: boolean,
): SectorEntry {
  const sourceId = period.sourceId;
  if (allSharesStated) {
    const statedShares = rows.map((row) => row.share!);
    const namedShares = statedShares.reduce((sum, share) => sum + share.value, 0);
    const decimals = Math.min(...statedShares.map((share) => share.decimals));
    const shareValue = 100 - namedShares;
    const share: Figure = {
      value: shareValue,
      decimals,
      significantFigures: Math.max(
        1,
        Math.floor(Math.log10(Math.max(shareValue, 1))) + 1 + decimals,
      ),
      status: 'derived',
      sourceId,
      derivation: { kind: 'remainderOfShares', namedShares },
      interval: differenceInterval(
        { low: 100, high: 100 },
        sumInterval(statedShares.map(intervalOf)),
      ),
    };
    const value = derivedFigure((share.value * total.value) / 100, [share, total], sourceId, {
      kind: 'shareOfTotal',
      share: share.value,
      total: total.value,
    });
    return { sectorId: REMAINDER_ID, isRemainder: true, share, value };
  }
  const statedValues = rows.map((row) => row.value!);
  const namedValues = named.reduce((sum, entry) => sum + entry.value.value, 0);
  const decimals = Math.min(total.decimals, ...statedValues.map((value) => value.decimals));
  const remainderValue = total.value - namedValues;
  const valueInterval = differenceInterval(
    intervalOf(period.total),
    sumInterval(statedValues.map(intervalOf)),
  );
  const value: Figure = {
    value: remainderValue,
    decimals,
    significantFigures: Math.max(
      1,
      Math.floor(Math.log10(Math.max(remainderValue, 1))) + 1 + decimals,
    ),
    status: 'derived',
    sourceId,
    derivation: { kind: 'remainderOfValues', total: total.value, namedValues },
    interval: valueInterval,
  };
  const share: Figure = {
    ...derivedFigure((value.value / total.value) * 100, [value, total], sourceId, {
      kind: 'valueOverTotal',
      value: value.value,
      total: total.value,
    }),
    interval: percentInterval(valueInterval, intervalOf(period.total)),
  };
  return { sectorId: REMAINDER_ID, isRemainder: true, share, value };
}

interface TotalsRow {
  manufacturing: PrintedNumber;
  national: PrintedNumber | null;
  shareOfNational: PrintedNumber | null;
  sourceId: string;
  line: number;
}

/** A year's or part-year's totals as figures: stated, and the national share derived where not stated. */
function totalsFigures(
  row: TotalsRow,
  file: string,
  issues: Issue[],
): Pick<AnnualTotal, 'manufacturing' | 'national' | 'shareOfNational'> {
  const { manufacturing, national, shareOfNational: share, sourceId } = row;
  const entry: Pick<AnnualTotal, 'manufacturing' | 'national' | 'shareOfNational'> = {
    manufacturing: statedFigure(manufacturing, sourceId),
  };
  if (national) entry.national = statedFigure(national, sourceId);
  if (share) {
    entry.shareOfNational = statedFigure(share, sourceId);
    if (national) {
      const ref = { file, row: row.line, column: 'share_of_national_pct' };
      checkAgreement(manufacturing, national, share, ref, issues);
    }
  } else if (national) {
    // Printed at the precision the two totals allow (131.13 ÷ 163.30 → ≈ 80.3 %).
    const interval = percentInterval(intervalOf(manufacturing), intervalOf(national));
    entry.shareOfNational = {
      value: (manufacturing.value / national.value) * 100,
      decimals: decimalsForInterval(interval),
      significantFigures: Math.min(manufacturing.significantFigures, national.significantFigures),
      status: 'derived',
      sourceId,
      derivation: { kind: 'ratio', part: manufacturing.value, whole: national.value },
      interval,
    };
  }
  return entry;
}

/**
 * The annual series. Where a year's current figure restates its first
 * release (2019: 127.38 for 126.57) and the restatement states no national
 * total or share, those of the first release are shown, as stated by it
 * (2019: 75.5 % of 167.53 billion, January 2020).
 */
function annualTotals(
  rows: readonly AnnualRow[],
  history: FigureHistory,
  issues: Issue[],
): AnnualTotal[] {
  return rows.map((row) => {
    const figures = totalsFigures(row, EXPORT_FILES.annualTotals, issues);
    const key = String(row.year);
    const entry: AnnualTotal = {
      year: row.year,
      measure: row.measure,
      ...figures,
      printed: { url: row.url, quote: row.quote },
    };
    const released = (column: string) =>
      historyOf(history, 'annual-totals', key, column).find(
        (vintage) => vintage.status === 'first-release' && vintage.sourceId,
      );
    if (!row.national && !row.shareOfNational) {
      const national = released('national_busd');
      const share = released('share_of_national_pct');
      if (national) entry.national = statedFigure(national.value, national.sourceId!);
      if (share) entry.shareOfNational = statedFigure(share.value, share.sourceId!);
    }
    const manufacturingHistory = historyOf(history, 'annual-totals', key, 'manufacturing_busd');
    if (manufacturingHistory.length > 0) entry.history = manufacturingHistory;
    return entry;
  });
}

/**
 * Builds the sector-exports dataset from its three files: parses, validates,
 * derives what the sources do not state and marks it as derived.
 */
export function buildExportsDataset(
  files: ExportsFiles,
  sources: SourceMap,
): Result<ExportsDataset> {
  const issues: Issue[] = [];
  const periodRows = readPeriods(files.periods, sources, issues);
  const annualRows = readAnnualRows(files.annualTotals, sources, issues);
  const indicators = readIndicators(files.indicators, sources, issues);
  const partYearRows = readPartYearRows(files.partYearTotals, sources, issues);
  const monthlyRows = readMonthlyRows(files.monthlyExports, sources, issues);
  const history = readHistory(files.vintages, sources, issues);
  if (!periodRows || !annualRows || !indicators || !partYearRows || !monthlyRows || !history)
    return fail(issues);
  const sectorRows = readSectorRows(
    files.sectorExports,
    sources,
    new Set(periodRows.map((p) => p.id)),
    issues,
  );
  if (!sectorRows) return fail(issues);

  const annual = annualTotals(annualRows, history, issues);
  const partYears: PartYearTotal[] = partYearRows.map((row) => ({
    id: row.id,
    start: row.start,
    end: row.end,
    measure: row.measure,
    ...totalsFigures(row, EXPORT_FILES.partYearTotals, issues),
  }));
  const months: MonthlyExport[] = monthlyRows.map((row) => {
    const entryHistory = historyOf(history, 'monthly-exports', row.month, 'manufacturing_busd');
    return {
      month: row.month,
      measure: row.measure,
      manufacturing: statedFigure(row.manufacturing, row.sourceId),
      ...(row.shareOfNational
        ? { shareOfNational: statedFigure(row.shareOfNational, row.sourceId) }
        : {}),
      ...(entryHistory.length > 0 ? { history: entryHistory } : {}),
    };
  });
  const periods = periodRows.map((period) =>
    buildBreakdown(
      period,
      sectorRows.filter((row) => row.periodId === period.id),
      issues,
    ),
  );

  // A full-year period and the annual series must state the same total.
  for (const period of periodRows) {
    if (period.coverage !== 'full-year' || period.start.slice(0, 4) !== period.end.slice(0, 4))
      continue;
    const year = annual.find((entry) => entry.year === Number(period.start.slice(0, 4)));
    // The breakdown comes with one release of the year: the current total or a kept one.
    const releasedTotals = [
      year?.manufacturing.value,
      ...(year?.history ?? []).map((v) => v.value.value),
    ];
    if (year && !releasedTotals.includes(period.total.value)) {
      issues.push(
        cellIssue(
          { file: EXPORT_FILES.periods, row: period.line, column: 'total_busd' },
          'period.totalMismatch',
          {
            period: period.id,
            periodTotal: period.total.value,
            annualTotal: year.manufacturing.value,
          },
        ),
      );
    }
  }

  return fromIssues(
    {
      sources,
      periods,
      annual,
      partYears,
      months,
      history,
      impliedBases: impliedBases(indicators, annual, issues),
      shareOfGdp: indicators
        .filter((indicator) => indicator.id === 'manufacturing-share-of-gdp')
        .map((indicator) => ({
          year: Number(indicator.period.slice(0, 4)),
          share: statedFigure(indicator.value, indicator.sourceId),
        })),
    },
    issues,
  );
}

/** A year's manufacturing total as a given source stated it: the current figure or a kept release. */
function totalOfSource(
  annual: readonly AnnualTotal[],
  year: number,
  sourceId: string,
): Figure | undefined {
  const entry = annual.find((candidate) => candidate.year === year);
  if (!entry) return undefined;
  if (entry.manufacturing.sourceId === sourceId) return entry.manufacturing;
  const kept = entry.history?.find((vintage) => vintage.sourceId === sourceId);
  return kept ? statedFigure(kept.value, sourceId) : undefined;
}

/**
 * A stated growth rate goes with a stated total of the same year and source
 * (2020: +2.95 % to 131.13 billion, Kemenperin); the base it implies for the
 * year before is derived and printed no more precisely than the growth allows.
 */
function impliedBases(
  indicators: readonly Indicator[],
  annual: readonly AnnualTotal[],
  issues: Issue[],
): ImpliedBase[] {
  const bases: ImpliedBase[] = [];
  for (const indicator of indicators) {
    if (indicator.id !== 'manufacturing-exports-growth') continue;
    const year = Number(indicator.period.slice(0, 4));
    const total = totalOfSource(annual, year, indicator.sourceId);
    if (!total || indicator.period.length !== 4) {
      issues.push(
        cellIssue(
          { file: INDICATORS_FILE, row: indicator.line, column: 'period' },
          'figures.growthWithoutTotal',
          { period: indicator.period, source: indicator.sourceId },
        ),
      );
      continue;
    }
    const growth = statedFigure(indicator.value, indicator.sourceId);
    const growthInterval = intervalOf(indicator.value);
    const totalInterval = {
      low: total.value - 0.5 * 10 ** -total.decimals,
      high: total.value + 0.5 * 10 ** -total.decimals,
    };
    const interval = {
      low: totalInterval.low / (1 + growthInterval.high / 100),
      high: totalInterval.high / (1 + growthInterval.low / 100),
    };
    const value = total.value / (1 + growth.value / 100);
    const before = annual.find((entry) => entry.year === year - 1);
    const firstRelease = before?.history?.find((vintage) => vintage.status === 'first-release');
    const firstStated =
      firstRelease && firstRelease.sourceId
        ? statedFigure(firstRelease.value, firstRelease.sourceId)
        : before?.manufacturing;
    bases.push({
      year: year - 1,
      growth,
      total,
      base: {
        value,
        decimals: decimalsForInterval(interval),
        significantFigures: Math.min(growth.significantFigures, total.significantFigures),
        status: 'derived',
        sourceId: indicator.sourceId,
        derivation: { kind: 'baseFromGrowth', value: total.value, growthPct: growth.value },
        interval,
      },
      ...(firstStated ? { firstStated } : {}),
    });
  }
  return bases;
}
