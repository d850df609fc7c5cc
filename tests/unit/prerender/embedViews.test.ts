import { describe, expect, it } from 'vitest';
import { buildAllDatasets, readDataDir } from '../../../build/bundledDataPlugin.ts';
import { embedViews } from '../../../src/prerender/embedViews.ts';
import { selectPmiYears } from '../../../src/features/pmi/pmi.selectors.ts';
import { viewQuery, viewSlug } from '../../../src/prerender/viewAddress.ts';
import { decodeViewState } from '../../../src/state/urlState.ts';

const built = buildAllDatasets(readDataDir('data'));
if (!built.ok) throw new Error(built.problems.join('\n'));
const datasets = built.datasets;
const context = {
  periods: datasets.exports.periods.map((period) => period.id),
  pmiMonths: {
    first: datasets.pmi.points[0]!.month,
    last: datasets.pmi.points.at(-1)!.month,
  },
};

describe('embed views the build draws into pages of their own', () => {
  it('cover every period × bars/donut × highlighted sector × chart/table of the sector chart', () => {
    const queries = new Set(embedViews(datasets, 'sector-shares').map((view) => view.query));
    for (const period of datasets.exports.periods)
      for (const kind of ['bar', 'donut'])
        for (const sector of [null, ...period.sectors.map((entry) => entry.sectorId)])
          for (const table of [false, true]) {
            const params = new URLSearchParams();
            if (period.id !== '2019') params.set('period', period.id);
            if (sector) params.set('sector', sector);
            if (table) params.set('view', 'sector-shares:table');
            if (kind === 'donut') params.set('kind', 'donut');
            const query = params.toString();
            // The default view is embed/sector-shares.html itself.
            if (query) expect(queries, query).toContain(query);
          }
  });

  it('cover each PMI range button, and a table of each', () => {
    const queries = embedViews(datasets, 'pmi').map((view) => view.query);
    for (const year of [2018, 2019, 2020, 2021, 2025])
      expect(queries).toContain(`pmi=${year}-01..${year}-12`);
    // The year so far: its months in the data.
    expect(queries).toContain('pmi=2026-01..2026-02');
    expect(queries).toContain('view=pmi%3Atable');
    // The latest five years and 12 months.
    expect(queries).toContain('pmi=2021-03..2026-02');
    expect(queries).toContain('pmi=2025-03..2026-02');
    // Each button (the whole series, the two recent spans and each year) as chart and table, less
    // the default view's own page.
    expect(queries).toHaveLength(2 * (3 + selectPmiYears(datasets.pmi).length) - 1);
  });

  it('decode back to the view they draw, each under its own file name', () => {
    for (const chart of ['sector-shares', 'exports-trend', 'pmi'] as const) {
      const views = embedViews(datasets, chart);
      expect(new Set(views.map((view) => view.slug)).size).toBe(views.length);
      for (const view of views) {
        const { state, ignored } = decodeViewState(view.query, context);
        expect(ignored).toEqual([]);
        expect({ ...state, locale: 'en' }).toEqual({ ...view.state, locale: 'en' });
        expect(view.slug).toMatch(/^[A-Za-z0-9._-]+$/);
      }
    }
  });

  it('name a link by its view alone, whatever frames it', () => {
    expect(viewQuery('?hide=title&v=1&period=2018&lang=id&kind=donut&theme=dark&static=1')).toBe(
      'period=2018&kind=donut',
    );
    expect(viewSlug('period=2018&kind=donut')).toBe('period_2018_kind_donut');
    expect(viewSlug('pmi=2020-01..2020-12')).toBe('pmi_2020-01..2020-12');
  });
});
