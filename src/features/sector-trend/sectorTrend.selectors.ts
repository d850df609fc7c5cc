import type {
  ChartText,
  SmallMultiplePanel,
  SmallMultiplePoint,
  SmallMultiplesChartModel,
  TableModel,
} from '../../domain/chartModel.ts';
import type { ExportsDataset, PeriodBreakdown, SectorEntry } from '../../domain/exports.ts';
import type { Source } from '../../domain/sources.ts';
import { SECTOR_REGROUPINGS, isKnownSector } from '../../domain/sectors.ts';
import type { Translate } from '../../i18n/index.ts';
import type { Locale } from '../../i18n/locales.ts';
import { formatMonthSpan, formatNumber } from '../../i18n/format.ts';
import {
  billionUsdText,
  citedSources,
  printedRange,
  rowSourceText,
  sectorName,
  sectorNameInSentence,
  sourceLines,
  valueShareStatusKey,
} from '../figureText.ts';

/** The view a definition passes in: the sector drawn in the accent colour (any of its names). */
export interface SectorTrendView {
  sector: string | null;
}

/**
 * The model: small multiples with the frame's text, table and sources. Once
 * 'sector-trend' is a ChartId and SmallMultiplesChartModel is in the
 * ChartModel union, this is a ChartModel like the others.
 */
export type SectorTrendModel = SmallMultiplesChartModel & {
  id: 'sector-trend';
  text: ChartText;
  table: TableModel;
  sources: readonly Source[];
};

/**
 * Which names continue which. A release that groups a sector more widely
 * (food *and beverages*, *textiles and* apparel, *pulp and* paper,
 * chemicals *and pharmaceuticals*) still continues the narrower sector the
 * 2019 release names, so both go in one panel, under their own names and
 * never joined by a line. The table is SECTOR_REGROUPINGS (src/domain/sectors.ts),
 * the one the sector-shares chart also uses:
 *
 *   food            ← food-beverages
 *   apparel         ← textiles-apparel
 *   paper           ← pulp-paper
 *   chemicals       ← chemicals-pharmaceuticals
 *
 * Every other name is a sector of its own. The notes say which periods carry which name.
 */
export function sectorLine(sectorId: string): string {
  return (isKnownSector(sectorId) ? SECTOR_REGROUPINGS[sectorId]?.[0] : undefined) ?? sectorId;
}

/** True for a name that groups more widely than the sector it continues (food and beverages). */
function isWider(sectorId: string): boolean {
  return sectorLine(sectorId) !== sectorId;
}

function periodYear(period: PeriodBreakdown): number {
  return Number(period.start.slice(0, 4));
}

/** A full year is a whole calendar year; anything else is a part-year, drawn apart. */
function isFullYear(period: PeriodBreakdown): boolean {
  return (
    period.coverage === 'full-year' &&
    period.start.slice(0, 4) === period.end.slice(0, 4) &&
    period.start.endsWith('-01') &&
    period.end.endsWith('-12')
  );
}

/** "2019", or a part-year's months and year: "Jan–Jun 2019". */
export function sectorPeriodLabel(period: PeriodBreakdown, t: Translate, locale: Locale): string {
  return isFullYear(period)
    ? String(periodYear(period))
    : t('sectorTrend.partYear', {
        months: formatMonthSpan(period.start, period.end, locale),
        year: periodYear(period),
      });
}

interface Observation {
  period: PeriodBreakdown;
  entry: SectorEntry;
  full: boolean;
}

/** A sector line's figures in the full years, by year. */
function fullYearsOf(observations: readonly Observation[]): Map<number, Observation> {
  return new Map(observations.filter((o) => o.full).map((o) => [periodYear(o.period), o] as const));
}

interface Overtaking {
  leader: string;
  follower: string;
  /** The last full year with both figures in which the follower was ahead. */
  from: Observation & { other: Observation };
  /** The first full year after it with both figures in which the leader was ahead. */
  to: Observation & { other: Observation };
}

/**
 * The finding for the title, computed: the sector that leads the named sectors
 * in the latest full year with two or more, and the sector it passed, with
 * the last year that one was ahead and the first year it was behind. Claimed
 * only where the regrouping cannot reverse it: the one passed must not go from
 * a wider to a narrower name (nor the leader from narrower to wider), so in
 * 2019 base metals was below even food alone, and in 2023 above food and
 * beverages together.
 */
function findOvertaking(lines: ReadonlyMap<string, Observation[]>): Overtaking | null {
  const byLine = new Map([...lines].map(([id, obs]) => [id, fullYearsOf(obs)] as const));
  const years = [...new Set([...byLine.values()].flatMap((m) => [...m.keys()]))].sort(
    (a, b) => b - a,
  );
  for (const year of years) {
    const named = [...byLine].flatMap(([id, m]) => {
      const o = m.get(year);
      return o ? [{ id, o }] : [];
    });
    if (named.length < 2) continue;
    const leader = named.reduce((top, x) =>
      x.o.entry.value.value > top.o.entry.value.value ? x : top,
    );
    let best: Overtaking | null = null;
    for (const [followerId, followerYears] of byLine) {
      if (followerId === leader.id) continue;
      const leaderYears = byLine.get(leader.id)!;
      const both = [...leaderYears.keys()]
        .filter((y) => followerYears.has(y) && y <= year)
        .sort((a, b) => a - b);
      const ahead = (y: number) =>
        followerYears.get(y)!.entry.value.value > leaderYears.get(y)!.entry.value.value;
      const fromYear = [...both].reverse().find(ahead);
      if (fromYear === undefined) continue;
      const toYear = both.find((y) => y > fromYear && !ahead(y));
      if (toYear === undefined) continue;
      const f0 = followerYears.get(fromYear)!;
      const f1 = followerYears.get(toYear)!;
      const l0 = leaderYears.get(fromYear)!;
      const l1 = leaderYears.get(toYear)!;
      const holds =
        !(isWider(f0.entry.sectorId) && !isWider(f1.entry.sectorId)) &&
        !(!isWider(l0.entry.sectorId) && isWider(l1.entry.sectorId));
      if (!holds || l1.entry.value.value === f1.entry.value.value) continue;
      const candidate: Overtaking = {
        leader: leader.id,
        follower: followerId,
        from: { ...l0, other: f0 },
        to: { ...l1, other: f1 },
      };
      // The sector passed that was largest when it was ahead: the headline's rival.
      if (!best || f0.entry.value.value > best.from.other.entry.value.value) best = candidate;
    }
    return best;
  }
  return null;
}

function valueLabel(entry: SectorEntry, locale: Locale): string {
  const number = formatNumber(entry.value.value, locale, entry.value.decimals);
  return entry.value.status === 'derived' ? `≈ ${number}` : number;
}

/**
 * Every sector's exports in every period a source breaks down, as small
 * multiples on one scale: one panel per sector (a sector renamed by a wider
 * grouping stays in its panel, under its own name), full years along a
 * shared year axis, part-years apart; "all other sectors" is not a sector
 * and is not drawn. The title states who overtook whom, computed from the data.
 */
export function selectSectorTrendModel(
  dataset: ExportsDataset,
  view: SectorTrendView,
  t: Translate,
  locale: Locale,
): SectorTrendModel | null {
  const periods = dataset.periods.filter((period) =>
    period.sectors.some((entry) => !entry.isRemainder),
  );
  const full = periods.filter(isFullYear).sort((a, b) => a.start.localeCompare(b.start));
  const partial = periods
    .filter((period) => !isFullYear(period))
    .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  const ordered = [...full, ...partial];
  if (ordered.length === 0) return null;

  const lines = new Map<string, Observation[]>();
  for (const period of ordered)
    for (const entry of period.sectors) {
      if (entry.isRemainder) continue;
      const id = sectorLine(entry.sectorId);
      const list = lines.get(id) ?? [];
      list.push({ period, entry, full: isFullYear(period) });
      lines.set(id, list);
    }

  const label = (period: PeriodBreakdown) => sectorPeriodLabel(period, t, locale);
  const overtaking = findOvertaking(lines);
  const latestOf = (obs: readonly Observation[]) => obs.filter((o) => o.full).at(-1) ?? obs.at(-1)!;
  // Largest latest full-year figure first; sectors with part-years only after.
  const lineIds = [...lines.keys()].sort((a, b) => {
    const la = latestOf(lines.get(a)!);
    const lb = latestOf(lines.get(b)!);
    if (la.full !== lb.full) return la.full ? -1 : 1;
    return lb.entry.value.value - la.entry.value.value;
  });
  const requested = view.sector === null ? null : sectorLine(view.sector);
  const highlightId =
    requested !== null && lines.has(requested)
      ? requested
      : (overtaking?.leader ?? lineIds[0] ?? null);

  const panels: SmallMultiplePanel[] = lineIds.map((lineId) => {
    const obs = lines.get(lineId)!;
    const heading = latestOf(obs).entry.sectorId;
    const others = [...new Set(obs.map((o) => o.entry.sectorId))].filter((id) => id !== heading);
    const secondaryLabel = others
      .map((id) =>
        t('sectorTrend.alsoNamed', {
          sector: sectorNameInSentence(id, t, locale),
          periods: obs
            .filter((o) => o.entry.sectorId === id)
            .map((o) => label(o.period))
            .join(', '),
        }),
      )
      .join('; ');
    const points: SmallMultiplePoint[] = obs.map((o) => {
      const name = sectorName(o.entry.sectorId, t);
      const value = billionUsdText(o.entry.value, locale, t);
      const status = t(valueShareStatusKey(o.entry.value, o.entry.share));
      const periodText = label(o.period);
      return {
        id: `${o.period.id}/${o.entry.sectorId}`,
        period: o.period.id,
        coverage: o.full ? 'full-year' : 'partial',
        year: periodYear(o.period),
        label: o.full
          ? String(periodYear(o.period))
          : formatMonthSpan(o.period.start, o.period.end, locale),
        ...(o.full ? {} : { secondaryLabel: String(periodYear(o.period)) }),
        value: o.entry.value.value,
        valueLabel: valueLabel(o.entry, locale),
        description:
          t(o.full ? 'sectorTrend.description' : 'sectorTrend.descriptionPartYear', {
            sector: name,
            period: periodText,
            value,
          }) + ` (${status})`,
        derived: o.entry.value.status === 'derived',
        sectorId: o.entry.sectorId,
        sectorLabel: name,
      };
    });
    return {
      id: lineId,
      label: sectorName(heading, t),
      ...(secondaryLabel ? { secondaryLabel } : {}),
      highlight: lineId === highlightId,
      points,
    };
  });

  const firstYear = periodYear(full[0] ?? ordered[0]!);
  const lastYear = periodYear(full.at(-1) ?? ordered.at(-1)!);
  const years: number[] = [];
  if (full.length > 0) for (let year = firstYear; year <= lastYear; year++) years.push(year);
  const fullYears = new Set(full.map(periodYear));
  const missing = years.filter((year) => !fullYears.has(year));

  const notes: string[] = [];
  if (partial.length > 0)
    notes.push(t('sectorTrend.note.partYears', { periods: partial.map(label).join(', ') }));
  for (const lineId of lineIds) {
    const obs = lines.get(lineId)!;
    const names = [...new Set(obs.map((o) => o.entry.sectorId))];
    const wide = names.filter(isWider);
    if (wide.length === 0 || names.length < 2) continue;
    const periodsOf = (id: string) =>
      obs
        .filter((o) => o.entry.sectorId === id)
        .map((o) => label(o.period))
        .join(', ');
    for (const wideId of wide)
      notes.push(
        t('sectorTrend.note.grouping', {
          wide: sectorNameInSentence(wideId, t, locale),
          widePeriods: periodsOf(wideId),
          narrow: sectorNameInSentence(lineId, t, locale),
          narrowPeriods: periodsOf(lineId) || '—',
        }),
      );
  }
  if (
    overtaking &&
    (overtaking.from.other.entry.sectorId !== overtaking.to.other.entry.sectorId ||
      overtaking.from.entry.sectorId !== overtaking.to.entry.sectorId)
  )
    notes.push(
      t('sectorTrend.note.overtakingHolds', {
        leader: sectorNameInSentence(overtaking.to.entry.sectorId, t, locale),
        from: periodYear(overtaking.from.period),
        to: periodYear(overtaking.to.period),
        before: sectorNameInSentence(overtaking.from.other.entry.sectorId, t, locale),
        beforeValue: billionUsdText(overtaking.from.other.entry.value, locale, t),
        leaderBefore: billionUsdText(overtaking.from.entry.value, locale, t),
        after: sectorNameInSentence(overtaking.to.other.entry.sectorId, t, locale),
        afterValue: billionUsdText(overtaking.to.other.entry.value, locale, t),
        leaderAfter: billionUsdText(overtaking.to.entry.value, locale, t),
      }),
    );
  notes.push(
    missing.length > 0
      ? t('sectorTrend.note.gaps', { missing: missing.join(', ') })
      : t('sectorTrend.note.named'),
  );
  notes.push(t('sectorTrend.note.remainder'));
  if (panels.some((panel) => panel.points.some((point) => point.derived)))
    notes.push(t('frame.derivedNote', { how: t('sectors.derivedValue') }));

  const coverage = ordered.flatMap((period) => [
    { sourceId: period.sourceId, covers: label(period) },
    ...period.sectors
      .filter((entry) => !entry.isRemainder)
      .map((entry) => ({ sourceId: entry.value.sourceId, covers: label(period) })),
  ]);
  const sourceText = sourceLines(dataset.sources, coverage, t, locale);

  const title = overtaking
    ? t(
        periodYear(overtaking.to.period) === periodYear(overtaking.from.period) + 1
          ? 'sectorTrend.title.overtook'
          : 'sectorTrend.title.overtookBetween',
        {
          leader: sectorName(overtaking.to.entry.sectorId, t),
          follower: sectorNameInSentence(overtaking.to.other.entry.sectorId, t, locale),
          from: periodYear(overtaking.from.period),
          to: periodYear(overtaking.to.period),
        },
      )
    : (() => {
        const year = full.at(-1) ?? ordered.at(-1)!;
        const top = year.sectors.find((entry) => !entry.isRemainder)!;
        return t('sectorTrend.title.largest', {
          sector: sectorName(top.sectorId, t),
          period: label(year),
        });
      })();

  const highlighted = panels.find((panel) => panel.highlight);
  const series = highlighted
    ? t('sectorTrend.summarySeries', {
        sector: highlighted.label,
        values: highlighted.points
          .map((point) => {
            const o = lines
              .get(highlighted.id)!
              .find((x) => `${x.period.id}/${x.entry.sectorId}` === point.id)!;
            return t('sectorTrend.valueIn', {
              value: billionUsdText(o.entry.value, locale, t),
              period: label(o.period),
            });
          })
          .join(', '),
      })
    : '';
  const summary = [
    `${title}.`,
    t('sectorTrend.summary', {
      count: panels.length,
      full: full.length,
      years: full.map(label).join(', ') || '—',
      part: partial.length,
    }),
    series,
  ]
    .filter(Boolean)
    .join(' ');

  const tableEntries = ordered.flatMap((period) =>
    period.sectors.filter((entry) => !entry.isRemainder).map((entry) => ({ period, entry })),
  );
  const panelName = new Map(panels.map((panel) => [panel.id, panel.label]));
  const table: TableModel = {
    columns: [
      { id: 'period', label: t('sectorTrend.col.period'), kind: 'text' },
      { id: 'coverage', label: t('sectorTrend.col.coverage'), kind: 'text' },
      { id: 'sector', label: t('sectorTrend.col.sector'), kind: 'text' },
      { id: 'panel', label: t('sectorTrend.col.panel'), kind: 'text' },
      { id: 'value_busd', label: t('sectorTrend.col.value'), kind: 'number' },
      { id: 'share_pct', label: t('sectorTrend.col.share'), kind: 'number' },
      { id: 'status', label: t('sectorTrend.col.status'), kind: 'text' },
    ],
    rows: tableEntries.map(({ period, entry }) => [
      label(period),
      t(isFullYear(period) ? 'sectorTrend.coverage.fullYear' : 'sectorTrend.coverage.partYear'),
      sectorName(entry.sectorId, t),
      panelName.get(sectorLine(entry.sectorId)) ?? '',
      entry.value.value,
      entry.share.value,
      t(valueShareStatusKey(entry.value, entry.share)),
    ]),
    decimalsByRow: tableEntries.map(({ entry }) => [
      undefined,
      undefined,
      undefined,
      undefined,
      entry.value.decimals,
      entry.share.decimals,
      undefined,
    ]),
    rangesByRow: tableEntries.map(({ entry }) => [
      undefined,
      undefined,
      undefined,
      undefined,
      printedRange(entry.value),
      printedRange(entry.share),
      undefined,
    ]),
    rowSources: tableEntries.map(({ entry }) =>
      rowSourceText(dataset.sources.get(entry.value.sourceId), locale),
    ),
  };

  return {
    id: 'sector-trend',
    kind: 'small-multiples',
    panels,
    years,
    partPeriods: partial.map((period) => ({
      id: period.id,
      label: formatMonthSpan(period.start, period.end, locale),
      secondaryLabel: String(periodYear(period)),
    })),
    max: Math.max(...panels.flatMap((panel) => panel.points.map((point) => point.value)), 1),
    unitLabel: t('unit.billionUsd', { value: '' }).trim(),
    partYearsLabel: t('sectorTrend.partYears'),
    text: {
      title,
      subtitle: t('sectorTrend.subtitle', { first: firstYear, last: lastYear }),
      source: sourceText.source,
      vintage: sourceText.vintage,
      notes,
      summary,
    },
    table,
    sources: citedSources(
      dataset.sources,
      coverage.map((entry) => entry.sourceId),
    ),
  };
}

/** The marks in keyboard order (panel by panel, then period by period): index = data-key-index. */
export function sectorTrendMarks(
  model: Pick<SmallMultiplesChartModel, 'panels'>,
): SmallMultiplePoint[] {
  return model.panels.flatMap((panel) => panel.points);
}

/**
 * What KeyboardChart takes for this chart: one option per figure (keyboard order), starting
 * on the highlighted sector's first; Enter on a figure highlights its sector (`onActivate`
 * gives the panel id to put in the view's `sector`).
 */
export function sectorTrendKeyboard(model: Pick<SmallMultiplesChartModel, 'panels'>): {
  items: { id: string; description: string; selected: boolean }[];
  initialIndex: number;
  panelAt: (index: number) => string | undefined;
} {
  const owners = model.panels.flatMap((panel) => panel.points.map(() => panel));
  const items = owners.map((panel, index) => {
    const point = sectorTrendMarks(model)[index]!;
    return { id: point.id, description: point.description, selected: panel.highlight };
  });
  return {
    items,
    initialIndex: Math.max(
      0,
      owners.findIndex((panel) => panel.highlight),
    ),
    panelAt: (index) => owners[index]?.id,
  };
}
