import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ChartId } from '../../../src/domain/chartModel.ts';
import { CHART_IDS } from '../../../src/domain/chartModel.ts';
import type { DecodeContext } from '../../../src/state/urlState.ts';
import { decodeViewState, encodeViewState } from '../../../src/state/urlState.ts';
import type { ViewState } from '../../../src/state/viewState.ts';
import { DEFAULT_VIEW_STATE } from '../../../src/state/viewState.ts';

const context: DecodeContext = {
  periods: ['2019', '2018', '2019-h1', '2020-q1-q3'],
  sectors: ['food', 'food-beverages', 'base-metals', 'chemicals', 'apparel', 'all-other'],
  pmiMonths: { first: '2018-01', last: '2021-12' },
  dataVersion: 3,
};

function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let year = Number(first.slice(0, 4));
  let month = Number(first.slice(5, 7));
  for (;;) {
    const text = `${year}-${String(month).padStart(2, '0')}`;
    if (text > last) return months;
    months.push(text);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

const pmiMonths = monthsBetween(context.pmiMonths.first, context.pmiMonths.last);

/** Every state a user can reach through the UI for `context`. */
const reachableState: fc.Arbitrary<ViewState> = fc.record({
  period: fc.constantFrom(...context.periods),
  sector: fc.option(fc.constantFrom(...context.sectors!), { nil: null }),
  pmiRange: fc
    .tuple(fc.constantFrom(...pmiMonths), fc.constantFrom(...pmiMonths))
    .map(([a, b]) => (a <= b ? { from: a, to: b } : { from: b, to: a })),
  views: fc.record({
    'sector-shares': fc.constantFrom('chart' as const, 'table' as const),
    'exports-trend': fc.constantFrom('chart' as const, 'table' as const),
    pmi: fc.constantFrom('chart' as const, 'table' as const),
  }),
  sectorChartKind: fc.constantFrom('bar' as const, 'donut' as const),
  locale: fc.constantFrom('en' as const, 'id' as const),
  theme: fc.constantFrom('light' as const, 'dark' as const, 'system' as const),
  dataVersion: fc.constantFrom(null, 1, 2, 3),
});

/** A decoded state is the default or something the data has, field by field. */
function expectValidState(state: ViewState, ctx: DecodeContext): void {
  expect(Object.keys(state).sort()).toEqual(Object.keys(DEFAULT_VIEW_STATE).sort());
  expect(state.period === DEFAULT_VIEW_STATE.period || ctx.periods.includes(state.period)).toBe(
    true,
  );
  expect(state.sector === null || (ctx.sectors ?? []).includes(state.sector)).toBe(true);
  const { from, to } = state.pmiRange;
  const isDefaultRange =
    from === DEFAULT_VIEW_STATE.pmiRange.from && to === DEFAULT_VIEW_STATE.pmiRange.to;
  if (!isDefaultRange) {
    expect(from).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
    expect(to).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
    expect(from <= to).toBe(true);
    expect(from >= ctx.pmiMonths.first && to <= ctx.pmiMonths.last).toBe(true);
  }
  expect(Object.keys(state.views).sort()).toEqual([...CHART_IDS].sort());
  for (const chart of CHART_IDS) expect(['chart', 'table']).toContain(state.views[chart]);
  expect(['bar', 'donut']).toContain(state.sectorChartKind);
  expect(['en', 'id']).toContain(state.locale);
  expect(['light', 'dark', 'system']).toContain(state.theme);
}

/** What a one-chart link keeps of a state: that chart's settings, language, theme and data version. */
function projectForChart(state: ViewState, chart: ChartId): ViewState {
  const base: ViewState = {
    ...DEFAULT_VIEW_STATE,
    views: { ...DEFAULT_VIEW_STATE.views, [chart]: state.views[chart] },
    locale: state.locale,
    theme: state.theme,
    dataVersion: state.dataVersion,
  };
  if (chart === 'sector-shares') {
    return {
      ...base,
      period: state.period,
      sector: state.sector,
      sectorChartKind: state.sectorChartKind,
    };
  }
  if (chart === 'pmi') return { ...base, pmiRange: state.pmiRange };
  return base;
}

describe('encodeViewState', () => {
  it('writes nothing for the default view, so the canonical URL stays clean', () => {
    expect(encodeViewState(DEFAULT_VIEW_STATE)).toBe('');
  });

  it('writes only non-default values, version first, in a stable readable order', () => {
    const state: ViewState = {
      period: '2019-h1',
      sector: 'food',
      pmiRange: { from: '2020-01', to: '2020-12' },
      views: { 'sector-shares': 'chart', 'exports-trend': 'chart', pmi: 'table' },
      sectorChartKind: 'donut',
      locale: 'id',
      theme: 'dark',
      dataVersion: null,
    };
    expect(encodeViewState(state)).toBe(
      'v=1&period=2019-h1&sector=food&pmi=2020-01..2020-12&view=pmi:table&kind=donut&lang=id&theme=dark',
    );
    expect(encodeViewState({ ...DEFAULT_VIEW_STATE, locale: 'id' })).toBe('v=1&lang=id');
  });

  it('keeps only the chart’s own settings, language and theme in a one-chart link', () => {
    const state: ViewState = {
      ...DEFAULT_VIEW_STATE,
      period: '2018',
      pmiRange: { from: '2020-01', to: '2020-06' },
      views: { 'sector-shares': 'table', 'exports-trend': 'chart', pmi: 'table' },
      theme: 'dark',
    };
    expect(encodeViewState(state, { chart: 'pmi' })).toBe(
      'v=1&pmi=2020-01..2020-06&view=pmi:table&theme=dark',
    );
    expect(encodeViewState(state, { chart: 'sector-shares' })).toBe(
      'v=1&period=2018&view=sector-shares:table&theme=dark',
    );
    expect(encodeViewState(state, { chart: 'exports-trend' })).toBe('v=1&theme=dark');
  });

  it('percent-encodes anything unusual in free-form values', () => {
    const query = encodeViewState({ ...DEFAULT_VIEW_STATE, period: 'a&b=c d' });
    expect(query).toBe('v=1&period=a%26b%3Dc%20d');
    expect(new URLSearchParams(query).get('period')).toBe('a&b=c d');
  });
});

describe('decodeViewState', () => {
  it('reads the data version a link was made with, up to the data now', () => {
    expect(decodeViewState('?v=1&data=1', context)).toEqual({
      state: { ...DEFAULT_VIEW_STATE, dataVersion: 1 },
      ignored: [],
    });
    expect(decodeViewState('?v=1&data=3', context).state.dataVersion).toBe(3);
    expect(decodeViewState('?v=1&data=4', context).ignored).toEqual([
      { param: 'data', value: '4', reason: 'out-of-range' },
    ]);
    expect(decodeViewState('?v=1&data=0', context).ignored).toEqual([
      { param: 'data', value: '0', reason: 'out-of-range' },
    ]);
    expect(decodeViewState('?v=1&data=2.5', context)).toEqual({
      state: DEFAULT_VIEW_STATE,
      ignored: [{ param: 'data', value: '2.5', reason: 'malformed' }],
    });
  });

  it('round-trips every reachable state', () => {
    fc.assert(
      fc.property(reachableState, (state) => {
        const decoded = decodeViewState(encodeViewState(state), context);
        expect(decoded.ignored).toEqual([]);
        expect(decoded.state).toEqual(state);
      }),
    );
  });

  it('round-trips the chart’s part of every reachable state in a one-chart link', () => {
    fc.assert(
      fc.property(reachableState, fc.constantFrom(...CHART_IDS), (state, chart) => {
        const decoded = decodeViewState(`?${encodeViewState(state, { chart })}`, context);
        expect(decoded.ignored).toEqual([]);
        expect(decoded.state).toEqual(projectForChart(state, chart));
      }),
    );
  });

  it('never throws on arbitrary input and always yields a valid state', () => {
    const keys = [
      'v',
      'period',
      'sector',
      'pmi',
      'view',
      'kind',
      'lang',
      'theme',
      'data',
      'year',
      'range',
      'x',
    ];
    const value = fc.oneof(
      fc.string({ unit: 'binary' }),
      fc.constantFrom(
        '1',
        '0',
        '2',
        'table',
        'pmi:table',
        'dark',
        'id',
        'in',
        'food',
        '2019',
        '2030-01..2031-01',
      ),
      fc
        .tuple(fc.integer({ min: 1990, max: 2040 }), fc.integer({ min: 0, max: 13 }))
        .map(([year, month]) => `${year}-${String(month).padStart(2, '0')}`),
    );
    const structured = fc
      .array(fc.tuple(fc.constantFrom(...keys), value), { maxLength: 10 })
      .map((pairs) => new URLSearchParams(pairs).toString());
    const narrowContext: DecodeContext = {
      ...context,
      pmiMonths: { first: '2019-03', last: '2020-08' },
    };
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ unit: 'binary' }), structured),
        fc.constantFrom(context, narrowContext),
        (search, ctx) => {
          const decoded = decodeViewState(search, ctx);
          expectValidState(decoded.state, ctx);
          for (const entry of decoded.ignored) expect(typeof entry.reason).toBe('string');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('accepts a leading ? and ignores case in values', () => {
    const { state, ignored } = decodeViewState(
      '?v=1&period=2019-H1&lang=ID&theme=Dark&view=PMI:Table',
      context,
    );
    expect(ignored).toEqual([]);
    expect(state).toEqual({
      ...DEFAULT_VIEW_STATE,
      period: '2019-h1',
      locale: 'id',
      theme: 'dark',
      views: { ...DEFAULT_VIEW_STATE.views, pmi: 'table' },
    });
  });

  it('falls back to defaults for unknown, malformed and out-of-range parameters and says why', () => {
    const { state, ignored } = decodeViewState(
      'v=1&period=1999&sector=steel&pmi=2030-01..2030-12&view=pmi:table,maps:table,pmi:grid&kind=pie&lang=fr&theme=&utm_source=x&lang=id',
      context,
    );
    expect(state).toEqual({
      ...DEFAULT_VIEW_STATE,
      views: { ...DEFAULT_VIEW_STATE.views, pmi: 'table' },
    });
    expect(ignored).toEqual([
      { param: 'period', value: '1999', reason: 'unknown-value' },
      { param: 'sector', value: 'steel', reason: 'unknown-value' },
      { param: 'pmi', value: '2030-01..2030-12', reason: 'out-of-range' },
      { param: 'view', value: 'maps:table', reason: 'unknown-value' },
      { param: 'view', value: 'pmi:grid', reason: 'malformed' },
      { param: 'kind', value: 'pie', reason: 'unknown-value' },
      { param: 'lang', value: 'fr', reason: 'unknown-value' },
      { param: 'theme', value: '', reason: 'malformed' },
      { param: 'utm_source', value: 'x', reason: 'unknown-param' },
      { param: 'lang', value: 'id', reason: 'duplicate' },
    ]);
  });

  it('rejects malformed months', () => {
    for (const pmi of [
      '2020-13..2020-14',
      '2020-1..2020-2',
      'jan..dec',
      '2020-01..2020-02..2020-03',
      '..',
    ]) {
      const { state, ignored } = decodeViewState(`v=1&pmi=${pmi}`, context);
      expect(state.pmiRange).toEqual(DEFAULT_VIEW_STATE.pmiRange);
      expect(ignored).toEqual([{ param: 'pmi', value: pmi, reason: 'malformed' }]);
    }
  });

  it('clamps the PMI range to the data’s months and puts from before to', () => {
    const narrow: DecodeContext = { ...context, pmiMonths: { first: '2019-03', last: '2020-08' } };
    expect(decodeViewState('v=1&pmi=2018-01..2020-02', narrow)).toEqual({
      state: { ...DEFAULT_VIEW_STATE, pmiRange: { from: '2019-03', to: '2020-02' } },
      ignored: [{ param: 'pmi', value: '2018-01..2020-02', reason: 'clamped' }],
    });
    expect(decodeViewState('v=1&pmi=2020-06..2019-06', narrow)).toEqual({
      state: { ...DEFAULT_VIEW_STATE, pmiRange: { from: '2019-06', to: '2020-06' } },
      ignored: [{ param: 'pmi', value: '2020-06..2019-06', reason: 'reversed' }],
    });
    expect(decodeViewState('v=1&pmi=2020', narrow).state.pmiRange).toEqual({
      from: '2020-01',
      to: '2020-08',
    });
    expect(decodeViewState('v=1&pmi=2020-04', narrow).state.pmiRange).toEqual({
      from: '2020-04',
      to: '2020-04',
    });
  });

  it('accepts any well-formed sector id when the context does not list sectors', () => {
    const noSectors: DecodeContext = { periods: context.periods, pmiMonths: context.pmiMonths };
    expect(decodeViewState('v=1&sector=Paper', noSectors).state.sector).toBe('paper');
    expect(decodeViewState('v=1&sector=%3Cscript%3E', noSectors).ignored).toEqual([
      { param: 'sector', value: '<script>', reason: 'malformed' },
    ]);
  });

  it('reads a newer or garbled version as the current one and reports it', () => {
    const { state, ignored } = decodeViewState('v=7&lang=id', context);
    expect(state.locale).toBe('id');
    expect(ignored).toEqual([{ param: 'v', value: '7', reason: 'unsupported-version' }]);
  });
});

describe('version 0 links (before `v`)', () => {
  it('migrates year, range and the old language code', () => {
    const { state, ignored } = decodeViewState('year=2018&range=2018-2021&lang=in', context);
    expect(ignored).toEqual([]);
    // 2018–2021 was the whole series when such links were made; it is now a range of its own.
    expect(state).toEqual({
      ...DEFAULT_VIEW_STATE,
      period: '2018',
      pmiRange: { from: '2018-01', to: '2021-12' },
      locale: 'id',
    });
    const single = decodeViewState('?range=2020&theme=dark', context);
    expect(single.state).toEqual({
      ...DEFAULT_VIEW_STATE,
      pmiRange: { from: '2020-01', to: '2020-12' },
      theme: 'dark',
    });
  });

  it('re-encodes a migrated link in the current version', () => {
    const { state } = decodeViewState('year=2019-h1&range=2019-2020&lang=in', context);
    expect(encodeViewState(state)).toBe('v=1&period=2019-h1&pmi=2019-01..2020-12&lang=id');
  });

  it('reports a malformed old range and lets new keys win over old ones', () => {
    expect(decodeViewState('range=last-year', context).ignored).toEqual([
      { param: 'range', value: 'last-year', reason: 'malformed' },
    ]);
    const mixed = decodeViewState('year=2018&period=2019-h1', context);
    expect(mixed.state.period).toBe('2019-h1');
    expect(mixed.ignored).toEqual([{ param: 'year', value: '2018', reason: 'duplicate' }]);
  });

  it('does not apply the old meanings to a current link', () => {
    const { state, ignored } = decodeViewState('v=1&year=2018&lang=in', context);
    expect(state).toEqual(DEFAULT_VIEW_STATE);
    expect(ignored).toEqual([
      { param: 'year', value: '2018', reason: 'unknown-param' },
      { param: 'lang', value: 'in', reason: 'unknown-value' },
    ]);
  });
});
