import type { ChartModel, TableModel } from '../../domain/chartModel.ts';
import type { ExportsDataset, PeriodBreakdown, SectorEntry } from '../../domain/exports.ts';
import type { Figure } from '../../domain/figures.ts';
import { SECTOR_REGROUPINGS, isKnownSector } from '../../domain/sectors.ts';
import type { Translate } from '../../i18n/index.ts';
import { formatPercent } from '../../i18n/format.ts';
import type { Locale } from '../../i18n/locales.ts';
import {
  billionUsdText,
  periodName,
  printedRange,
  sectorName,
  sectorNameInSentence,
  valueShareStatusKey,
  sharePercentText,
  citedSources,
  sourceLines,
} from '../figureText.ts';

export interface SectorSharesView {
  period: string;
  sector: string | null;
  /** Bars (default) or a donut; carried in the model so image exports draw what is on screen. */
  kind?: 'bar' | 'donut';
}

/** The period shown: the one asked for, else the first in the data (the default). */
export function selectPeriod(
  dataset: ExportsDataset,
  periodId: string,
): PeriodBreakdown | undefined {
  return dataset.periods.find((period) => period.id === periodId) ?? dataset.periods[0];
}

function statusKey(entry: SectorEntry) {
  return valueShareStatusKey(entry.value, entry.share);
}

function sectorTable(period: PeriodBreakdown, t: Translate): TableModel {
  return {
    columns: [
      { id: 'sector', label: t('sectors.col.sector'), kind: 'text' },
      { id: 'share_pct', label: t('sectors.col.share'), kind: 'number' },
      { id: 'value_busd', label: t('sectors.col.value'), kind: 'number' },
      { id: 'status', label: t('sectors.col.status'), kind: 'text' },
    ],
    rows: period.sectors.map((entry) => [
      sectorName(entry.sectorId, t),
      entry.share.value,
      entry.value.value,
      t(statusKey(entry)),
    ]),
    decimalsByRow: period.sectors.map((entry) => [
      undefined,
      entry.share.decimals,
      entry.value.decimals,
      undefined,
    ]),
    rangesByRow: period.sectors.map((entry) => [
      undefined,
      printedRange(entry.share),
      printedRange(entry.value),
      undefined,
    ]),
  };
}

function periodNotes(
  dataset: ExportsDataset,
  period: PeriodBreakdown,
  t: Translate,
  locale: Locale,
): string[] {
  const notes: string[] = [];
  if (period.coverage === 'partial')
    notes.push(t('sectors.note.partial', { period: periodName(period.id, t) }));
  const reference = dataset.periods[0];
  if (reference && reference.id !== period.id) {
    const referenceIds = new Set(reference.sectors.map((entry) => entry.sectorId));
    const extra = period.sectors.filter(
      (entry) => !entry.isRemainder && !referenceIds.has(entry.sectorId),
    );
    // Only sectors that combine what 2019 counts apart are regrouped; the rest are just named too.
    const regrouped = extra.filter(
      (entry) =>
        isKnownSector(entry.sectorId) &&
        (SECTOR_REGROUPINGS[entry.sectorId] ?? []).some((id) => referenceIds.has(id)),
    );
    const named = extra.filter((entry) => !regrouped.includes(entry));
    const list = (entries: SectorEntry[]) =>
      entries.map((entry) => sectorNameInSentence(entry.sectorId, t, locale)).join(', ');
    if (regrouped.length > 0) notes.push(t('sectors.note.grouping', { sectors: list(regrouped) }));
    if (named.length > 0) notes.push(t('sectors.note.moreSectors', { sectors: list(named) }));
  }
  const ranges = period.sectors.filter((entry) => !entry.isRemainder && printedRange(entry.share));
  if (ranges.length > 0)
    notes.push(
      t('sectors.note.interval', {
        sectors: ranges
          .map(
            (entry) =>
              `${sectorNameInSentence(entry.sectorId, t, locale)} ${sharePercentText(entry.share, locale)}`,
          )
          .join(', '),
      }),
    );
  notes.push(t('sectors.note.remainder'));
  const derived = period.sectors.filter(
    (entry) =>
      !entry.isRemainder && (entry.share.status === 'derived' || entry.value.status === 'derived'),
  );
  if (derived.length > 0) {
    const how = derived.some((entry) => entry.share.status === 'derived')
      ? t('sectors.derivedShare')
      : t('sectors.derivedValue');
    notes.push(t('frame.derivedNote', { how }));
  }
  return notes;
}

/** Builds the sector-shares chart model for one period: sorted bars, remainder last. */
export function selectSectorSharesModel(
  dataset: ExportsDataset,
  view: SectorSharesView,
  t: Translate,
  locale: Locale,
): ChartModel | null {
  const period = selectPeriod(dataset, view.period);
  if (!period) return null;
  const named = period.sectors.filter((entry) => !entry.isRemainder);
  const largest = named[0];
  const remainder = period.sectors.find((entry) => entry.isRemainder);
  const highlightId = period.sectors.some((entry) => entry.sectorId === view.sector)
    ? view.sector
    : largest?.sectorId;
  const periodLabel = periodName(period.id, t);
  const sourceIds = [period.sourceId, ...period.sectors.map((entry) => entry.share.sourceId)];
  const lines = sourceLines(
    dataset.sources,
    sourceIds.map((sourceId) => ({ sourceId, covers: periodLabel })),
    t,
    locale,
  );
  // The dashboard adds the named shares up, so the sum is derived, at its coarsest input's precision.
  const namedShare: Figure = {
    value: named.reduce((sum, entry) => sum + entry.share.value, 0),
    decimals: Math.min(...named.map((entry) => entry.share.decimals)),
    significantFigures: Math.min(...named.map((entry) => entry.share.significantFigures)),
    status: 'derived',
    sourceId: period.sourceId,
    derivation: { kind: 'sumOfShares', count: named.length },
  };

  const bars = period.sectors.map((entry) => {
    const label = sectorName(entry.sectorId, t);
    const share = sharePercentText(entry.share, locale);
    const value = billionUsdText(entry.value, locale, t, true);
    return {
      id: entry.sectorId,
      label,
      value: entry.share.value,
      valueLabel: t('sectors.barLabel', { share, value }),
      description:
        t('sectors.description', { sector: label, share, value }) + ` (${t(statusKey(entry))})`,
      // The bar plots the share: it is marked derived only when the share is.
      derived: entry.share.status === 'derived',
      highlight: entry.sectorId === highlightId,
      isRemainder: entry.isRemainder,
    };
  });

  const summary = largest
    ? t('sectors.summary', {
        period: periodName(period.id, t),
        total: billionUsdText(period.total, locale, t),
        sector: sectorNameInSentence(largest.sectorId, t, locale),
        share: sharePercentText(largest.share, locale),
        value: billionUsdText(largest.value, locale, t),
        named: sharePercentText(namedShare, locale),
        remainder: remainder
          ? sharePercentText(remainder.share, locale)
          : formatPercent(0, locale, 0),
      })
    : '';

  return {
    id: 'sector-shares',
    kind: 'bar',
    orientation: 'horizontal',
    presentation: view.kind === 'donut' ? 'donut' : 'bars',
    bars,
    max: Math.max(...bars.map((bar) => bar.value), 1),
    unitLabel: t('unit.percent'),
    text: {
      title: largest
        ? t('sectors.title', {
            sector: sectorName(largest.sectorId, t),
            share: sharePercentText(largest.share, locale),
          })
        : t('sectors.heading'),
      subtitle: t('sectors.subtitle', { period: periodName(period.id, t) }),
      source: lines.source,
      vintage: lines.vintage,
      notes: periodNotes(dataset, period, t, locale),
      summary,
    },
    table: sectorTable(period, t),
    sources: citedSources(dataset.sources, sourceIds),
  };
}
