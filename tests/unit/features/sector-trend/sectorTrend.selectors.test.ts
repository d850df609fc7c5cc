import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../../src/domain/bundle.ts';
import type { DataFileKey } from '../../../../src/domain/bundle.ts';
import type { ExportsDataset } from '../../../../src/domain/exports.ts';
import { readDataDir } from '../../../../build/bundledDataPlugin.ts';
import { createTranslator } from '../../../../src/i18n/index.ts';
import {
  sectorTrendKeyboard,
  sectorTrendMarks,
  selectSectorTrendModel,
} from '../../../../src/features/sector-trend/sectorTrend.selectors.ts';
import type { SectorTrendModel } from '../../../../src/features/sector-trend/sectorTrend.selectors.ts';
import {
  placeSectorTrend,
  sectorTrendHeight,
} from '../../../../src/features/sector-trend/sectorTrendLayout.ts';
import { tableToCsv, withSourceColumn } from '../../../../src/features/downloads/csvExport.ts';

const en = createTranslator('en');
const id = createTranslator('id');
const fixture = (file: string) => readFileSync(`tests/fixtures/sector-trend/${file}`, 'utf8');

/** data/ with the sector tables of the fixture, edited by `edit` where a test needs other figures. */
function dataset(edit: (sectorExports: string) => string = (text) => text): ExportsDataset {
  const texts: Record<DataFileKey, string> = {
    ...readDataDir('data'),
    periods: fixture('periods.csv'),
    sectorExports: edit(fixture('sector-exports.csv')),
  };
  const result = buildDataset('exports', texts);
  if (!result.ok) throw new Error(JSON.stringify(result.issues));
  return result.data;
}

const data = dataset();
const model = (
  view = { sector: null as string | null },
  source = data,
  locale: 'en' | 'id' = 'en',
) => selectSectorTrendModel(source, view, locale === 'en' ? en : id, locale)!;

function panel(m: SectorTrendModel, panelId: string) {
  const found = m.panels.find((p) => p.id === panelId);
  if (!found) throw new Error(`no panel ${panelId}`);
  return found;
}

const pointsOf = (m: SectorTrendModel, panelId: string) =>
  panel(m, panelId).points.map(
    (p) => `${p.label}${p.secondaryLabel ? ` ${p.secondaryLabel}` : ''}: ${p.valueLabel}`,
  );

describe('sectors over time: the model', () => {
  it('gives every sector a panel, under the name of its latest figure, largest first', () => {
    const m = model();
    expect(m.panels.map((p) => p.label)).toEqual([
      'Base metals',
      'Food and beverages',
      'Chemicals and chemical goods',
      'Apparel',
      'Motor vehicles',
      'Pulp and paper',
      'Electronics',
      'Rubber and plastics',
    ]);
    // "All other sectors" is whatever a release leaves out, not a sector.
    expect(m.panels.some((p) => p.id === 'all-other')).toBe(false);
    expect(m.text.notes).toContain(
      '“All other sectors” is not drawn: it is whatever a release does not name, so it changes with how many sectors the release names.',
    );
  });

  it('draws each figure as its source states it, and a derived one marked ≈', () => {
    const m = model();
    expect(pointsOf(m, 'base-metals')).toEqual([
      '2018: 15.46',
      '2019: 17.37',
      '2023: 42',
      'Jan–Jun 2019: 8.14',
      'Jan–Sept 2020: 16.96',
      'Jan–Nov 2021: 28.77',
    ]);
    // 2019 states chemicals as "10 %" of 126.57 billion: the value is derived, and no more precise.
    const chemicals2019 = panel(m, 'chemicals').points.find((p) => p.period === '2019')!;
    expect(chemicals2019).toMatchObject({ valueLabel: '≈ 13', derived: true });
    expect(chemicals2019.description).toBe(
      'Chemicals and chemical goods, 2019: ≈ 13 billion USD (share stated, value derived)',
    );
    const food2023 = panel(m, 'food').points.find((p) => p.period === '2023')!;
    expect(food2023).toMatchObject({ valueLabel: '41.70', derived: false });
    expect(
      model({ sector: null }, data, 'id').panels[1]!.points.find((p) => p.period === '2023')!
        .valueLabel,
    ).toBe('41,70');
  });

  it('keeps part-years apart from the full years and says they are part-years', () => {
    const m = model();
    expect(m.years).toEqual([2018, 2019, 2020, 2021, 2022, 2023]);
    expect(m.partPeriods.map((p) => `${p.label} ${p.secondaryLabel}`)).toEqual([
      'Jan–Jun 2019',
      'Jan–Sept 2020',
      'Jan–Nov 2021',
    ]);
    const food = panel(m, 'food');
    // January–November 2021 is no full year 2021, though no full year 2021 is in the data.
    expect(food.points.filter((p) => p.coverage === 'full-year').map((p) => p.year)).toEqual([
      2018, 2019, 2023,
    ]);
    const jan_nov = food.points.find((p) => p.period === '2021-jan-nov')!;
    expect(jan_nov.coverage).toBe('partial');
    expect(jan_nov.description).toBe(
      'Food and beverages, Jan–Nov 2021 (part of a year, not comparable with a full year): 40.73 billion USD (value stated, share derived)',
    );
    expect(m.text.notes[0]).toBe(
      'Jan–Jun 2019, Jan–Sept 2020, Jan–Nov 2021 cover part of a year: each panel draws them apart, on the right, and they are not comparable with full years.',
    );
    const periodColumn = m.table.rows.map((row) => `${row[0]} (${row[1]})`);
    expect(new Set(periodColumn)).toEqual(
      new Set([
        '2018 (full year)',
        '2019 (full year)',
        '2022 (full year)',
        '2023 (full year)',
        'Jan–Jun 2019 (part-year)',
        'Jan–Sept 2020 (part-year)',
        'Jan–Nov 2021 (part-year)',
      ]),
    );
  });

  it('keeps a regrouped sector in its panel under its own name, and says where the grouping changes', () => {
    const m = model();
    const food = panel(m, 'food');
    expect(food.secondaryLabel).toBe('as food: 2019, Jan–Jun 2019, Jan–Sept 2020');
    expect(food.points.map((p) => `${p.label}: ${p.sectorLabel}`).slice(0, 3)).toEqual([
      '2018: Food and beverages',
      '2019: Food',
      '2023: Food and beverages',
    ]);
    expect(m.text.notes).toContain(
      'Sources group this sector differently: food and beverages (2018, 2023, Jan–Nov 2021) includes food (2019, Jan–Jun 2019, Jan–Sept 2020); both are drawn in one panel, each under its own name, and not joined by a line.',
    );
    expect(m.text.notes).toContain(
      'Sources group this sector differently: textiles and apparel (2018, Jan–Sept 2020) includes apparel (2019, 2022, Jan–Jun 2019); both are drawn in one panel, each under its own name, and not joined by a line.',
    );
    // The table names each figure as its source does, and the panel it is drawn in.
    const header = m.table.columns.map((c) => c.label);
    const row = m.table.rows.find((r) => r[0] === '2018' && r[2] === 'Textiles and apparel')!;
    expect(Object.fromEntries(header.map((h, i) => [h, row[i]]))).toEqual({
      Period: '2018',
      Coverage: 'full year',
      'Sector (as the source names it)': 'Textiles and apparel',
      Panel: 'Apparel',
      'Value (billion USD)': 13.27,
      'Share of manufacturing exports (%)': expect.closeTo(10.2, 1),
      Status: 'value stated, share derived',
    });
  });

  it('joins consecutive years under one name, dots across missing years, and never joins a regrouping', () => {
    const placed = placeSectorTrend(model(), 920);
    const segments = (panelId: string) =>
      placed
        .find((p) => p.panel.id === panelId)!
        .segments.map((s) => (s.dotted ? 'dotted' : 'solid'));
    expect(segments('base-metals')).toEqual(['solid', 'dotted']); // 2018–2019, 2019 ⋯ 2023
    expect(segments('food')).toEqual([]); // food and beverages, food, food and beverages
    expect(segments('paper')).toEqual(['solid']); // pulp and paper 2022–2023 only
  });

  it('states the finding in its title, computed from the data, in both languages', () => {
    expect(model().text.title).toBe(
      'Base metals overtook food and beverages between 2019 and 2023',
    );
    expect(model({ sector: null }, data, 'id').text.title).toBe(
      'Industri logam dasar melampaui industri makanan dan minuman antara 2019 dan 2023',
    );
    expect(model().text.notes).toContain(
      'The regrouping cannot reverse this: base metals was 17.37 billion USD against food 27.16 billion USD in 2019, and 42 billion USD against food and beverages 41.70 billion USD in 2023.',
    );
    expect(model().text.summary).toMatch(
      /^Base metals overtook food and beverages between 2019 and 2023\. 8 sectors, each under the name its source gives, in 4 full years \(2018, 2019, 2022, 2023\) and 3 part-years\. Base metals: 15\.46 billion USD in 2018, 17\.37 billion USD in 2019, 42 billion USD in 2023, /,
    );
  });

  it('claims no overtaking the figures do not show, nor one a regrouping could explain', () => {
    const notPassed = dataset((text) =>
      text.replace('2023,base-metals,,42,', '2023,base-metals,,41,'),
    );
    expect(model({ sector: null }, notPassed).text.title).toBe(
      'Food and beverages was the largest of the sectors named in 2023',
    );
    expect(model({ sector: null }, notPassed, 'id').text.title).toBe(
      'Industri makanan dan minuman terbesar di antara sektor yang disebut pada 2023',
    );
    // Base metals ahead of food alone in 2019, behind food and beverages in 2018: the wider
    // grouping of 2018 could be why, so no overtaking is claimed.
    const aheadOfFoodAlone = dataset((text) =>
      text.replace('2019,base-metals,13.72,17.37,', '2019,base-metals,22.12,28.00,'),
    );
    const title = model({ sector: null }, aheadOfFoodAlone).text.title;
    expect(title).toBe('Base metals was the largest of the sectors named in 2023');
  });

  it('highlights the sector the reader chose (by any of its names), else the one the title names', () => {
    const highlighted = (m: SectorTrendModel) =>
      m.panels.filter((p) => p.highlight).map((p) => p.id);
    expect(highlighted(model())).toEqual(['base-metals']);
    expect(highlighted(model({ sector: 'food-beverages' }))).toEqual(['food']);
    expect(highlighted(model({ sector: 'textiles-apparel' }))).toEqual(['apparel']);
    expect(highlighted(model({ sector: 'no-such-sector' }))).toEqual(['base-metals']);
    expect(model({ sector: 'food' }).text.summary).toContain(
      'Food and beverages: 29.91 billion USD in 2018, 27.16 billion USD in 2019, 41.70 billion USD in 2023,',
    );
  });

  it('cites every source it draws, with its release date, and carries them in the CSV', () => {
    const m = model();
    expect(m.sources.map((s) => s.id)).toEqual(
      expect.arrayContaining([
        'kemenperin-2018',
        'kemenperin-2019',
        'kontan-2024-03-25',
        'tribunnews-2021-12-29',
      ]),
    );
    expect(m.text.vintage).toContain('16 January 2020 (for 2019)');
    expect(m.text.vintage).toContain('29 December 2021 (for Jan–Nov 2021)');
    const csv = tableToCsv(
      withSourceColumn(m.table, { label: 'Source', text: m.text.source }),
      'machine',
      'en',
    );
    expect(csv.split(/\r?\n/)[0]).toBe(
      'period,coverage,sector,panel,value_busd,share_pct,status,source',
    );
    expect(csv).toContain(
      '\n2023,full year,Food and beverages,Food and beverages,41.70,22.30,"value stated, share derived","Kontan (Industry Minister press release)',
    );
  });

  it('walks every figure by keyboard, panel by panel', () => {
    const m = model();
    const marks = sectorTrendMarks(m);
    expect(marks).toHaveLength(m.table.rows.length);
    expect(marks[0]!.description).toBe(
      'Base metals, 2018: 15.46 billion USD (value stated, share derived)',
    );
    const placed = placeSectorTrend(m, 380).flatMap((p) => p.points.map((point) => point.keyIndex));
    expect(placed).toEqual(marks.map((_, index) => index));
  });
});

describe('sectors over time: the keyboard', () => {
  it('starts on the highlighted sector and highlights the sector of the figure chosen', () => {
    const keyboard = sectorTrendKeyboard(model({ sector: 'food-beverages' }));
    expect(keyboard.items[keyboard.initialIndex]!.description).toBe(
      'Food and beverages, 2018: 29.91 billion USD (value stated, share derived)',
    );
    expect(keyboard.items.filter((item) => item.selected)).toHaveLength(6);
    expect(keyboard.panelAt(0)).toBe('base-metals');
    expect(keyboard.panelAt(keyboard.items.length - 1)).toBe('rubber-plastics');
  });
});

describe('sectors over time: the layout', () => {
  it('has a fixed height per row of panels: two columns from 760 px, one below', () => {
    const m = model();
    expect(sectorTrendHeight(m, 920) * 2).toBeLessThan(sectorTrendHeight(m, 600) * 1.01);
    expect(sectorTrendHeight(m, 920)).toBe(sectorTrendHeight(m, 760));
    const columns = (width: number) => new Set(placeSectorTrend(m, width).map((p) => p.x)).size;
    expect(columns(920)).toBe(2);
    expect(columns(600)).toBe(1);
    expect(columns(320)).toBe(1);
  });

  it('always labels the latest full year, and keeps every point inside the drawing', () => {
    for (const width of [320, 380, 470, 600, 760, 920]) {
      const placed = placeSectorTrend(model(), width);
      const height = sectorTrendHeight(model(), width);
      for (const p of placed) {
        const latest = p.points.filter((point) => point.latest);
        expect(latest.length).toBeLessThanOrEqual(1);
        for (const point of latest) expect(point.labelled).toBe(true);
        for (const point of p.points) {
          expect(point.x).toBeGreaterThan(0);
          expect(point.x).toBeLessThan(width);
          expect(point.y).toBeGreaterThan(0);
          expect(point.y).toBeLessThan(height);
        }
      }
    }
  });
});
