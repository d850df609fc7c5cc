// @vitest-environment jsdom
/**
 * Image downloads are the screen's drawing in a frame: the SVG holds the
 * chart components' own drawing at the image's chart width, plus title,
 * subtitle, notes, source and vintage as text, and nothing external.
 */
import { describe, expect, it } from 'vitest';
import { renderDrawingMarkup } from '../../../../src/components/charts/renderDrawing.ts';
import { buildDataset } from '../../../../src/domain/bundle.ts';
import type { ChartModel } from '../../../../src/domain/chartModel.ts';
import { chartDrawing } from '../../../../src/features/charts/chartDrawings.tsx';
import {
  chartWidthOfImage,
  composeChartImage,
  escapeXml,
} from '../../../../src/features/downloads/chartImage.ts';
import { drawChartImage } from '../../../../src/features/downloads/drawChartImage.ts';
import { selectExportsTrendModel } from '../../../../src/features/exports-trend/exportsTrend.selectors.ts';
import { selectPmiModel } from '../../../../src/features/pmi/pmi.selectors.ts';
import { selectSectorSharesModel } from '../../../../src/features/sector-shares/sectorShares.selectors.ts';
import { createTranslator } from '../../../../src/i18n/index.ts';
import { readDataDir } from '../../../../build/bundledDataPlugin.ts';

const texts = readDataDir('data');
const exportsData = buildDataset('exports', texts);
const pmiData = buildDataset('pmi', texts);
if (!exportsData.ok || !pmiData.ok) throw new Error('bundled data invalid');
const t = createTranslator('en');
const sectors = selectSectorSharesModel(
  exportsData.data,
  { period: '2019', sector: null },
  t,
  'en',
)!;
const trend = selectExportsTrendModel(exportsData.data, { period: '2019' }, t, 'en')!;
const pmi = selectPmiModel(pmiData.data, { from: '2018-01', to: '2021-12' }, t, 'en')!;
const options = {
  width: 640,
  theme: 'light' as const,
  dashboardName: 'The dashboard',
  locale: 'en',
};

function parse(svg: string): Document {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(document.querySelector('parsererror')).toBeNull();
  return document;
}

/** Text of each match, its lines (tspans) joined with spaces. */
function texts_(document: Document, selector: string): string[] {
  return [...document.querySelectorAll(selector)].map((node) => {
    const lines = [...node.querySelectorAll('tspan')];
    return lines.length > 0
      ? lines.map((line) => line.textContent ?? '').join(' ')
      : (node.textContent ?? '');
  });
}

describe('image downloads', () => {
  it('hold the screen drawing of the chart at the image’s chart width, unchanged', async () => {
    for (const model of [sectors, trend, pmi] as ChartModel[]) {
      const image = await drawChartImage(model, options);
      const screen = await renderDrawingMarkup(
        (await chartDrawing(model, chartWidthOfImage(640))).element,
      );
      const drawing = parse(image.svg).querySelector('svg > svg.drawing');
      expect(drawing, model.id).not.toBeNull();
      // Same marks, same positions: the inner markup is the screen's, only the root is placed.
      const serialise = (root: Element) =>
        [...root.childNodes]
          .map((node) => new XMLSerializer().serializeToString(node))
          .join('')
          .replace(/ xmlns="[^"]*"/g, '')
          .replace(/ style="[^"]*"/g, '')
          .replace(/recharts\d+-clip/g, 'clip')
          .replace(/_r_\w+_/g, 'id');
      const screenRoot = parse(screen).documentElement;
      expect(serialise(drawing!)).toBe(serialise(screenRoot));
    }
  });

  it('frame the drawing with title, subtitle, notes, source, vintage and the dashboard name', async () => {
    const document = parse((await drawChartImage(sectors, options)).svg);
    expect(texts_(document, '.title').join(' ')).toBe(sectors.text.title);
    expect(texts_(document, '.source').join(' ')).toBe(sectors.text.source);
    expect(texts_(document, '.vintage').join(' ')).toBe(sectors.text.vintage);
    expect(texts_(document, '.note')).toHaveLength(sectors.text.notes.length);
    expect(texts_(document, '.dashboard-name')).toEqual(['The dashboard']);
    // Every sector is labelled directly in the drawing.
    for (const bar of sectors.kind === 'bar' ? sectors.bars : [])
      expect(texts_(document, '.chart-label--category')).toContain(bar.label);
  });

  it('pair each source and release date with the years it covers, and draw the break where years are missing', async () => {
    // The data as first published (2015, then 2018–2020): years missing between them.
    const v1 = buildDataset('exports', readDataDir('tests/fixtures/data-v1'));
    if (!v1.ok) throw new Error('data version 1 fixture invalid');
    const trendV1 = selectExportsTrendModel(v1.data, { period: '2019' }, t, 'en')!;
    const document = parse((await drawChartImage(trendV1, options)).svg);
    const source = texts_(document, '.source').join(' ');
    expect(source).toContain('Manufacturing exports 2015 (for 2015)');
    expect(source).toContain('Manufacturing exports 2020 (for 2020)');
    expect(texts_(document, '.vintage').join(' ')).toBe(
      'Data as released: 2019 (for 2015, 2018); 16 January 2020 (for 2019); January 2021 (for 2020)',
    );
    expect(document.querySelectorAll('.axis-break')).toHaveLength(1);
    // Today's data: no year missing, and the latest part-year set apart by a break of its own.
    const today = parse((await drawChartImage(trend, options)).svg);
    expect(today.querySelectorAll('.axis-break')).toHaveLength(1);
    expect(texts_(today, '.source').join(' ')).toContain('(for Jan–Oct 2025)');
  });

  it('draw the donut with a key naming every slice and its value', async () => {
    const donut = { ...sectors, presentation: 'donut' as const };
    const document = parse((await drawChartImage(donut, options)).svg);
    expect(
      document.querySelectorAll('.recharts-pie-sector, .slice path, path.slice').length,
    ).toBeGreaterThan(0);
    const key = texts_(document, '.key-label').join(' ').replace(/\s+/g, ' ');
    for (const slice of donut.kind === 'bar' ? donut.bars : []) {
      expect(key).toContain(slice.label.replace(/\s+/g, ' '));
      expect(key).toContain(slice.valueLabel.replace(/\s+/g, ' '));
    }
  });

  it('are self-contained: no scripts, images or external references; colours of the chosen theme', async () => {
    for (const theme of ['light', 'dark'] as const) {
      const { svg } = await drawChartImage(pmi, { ...options, theme });
      expect(svg).not.toMatch(/<script|<image|<foreignObject|href=|@import|url\((?!#)/i);
      expect(svg).toContain(theme === 'light' ? '--bg:#ffffff' : '--bg:#16191d');
    }
  });

  it('keep hostile text as text', () => {
    const hostile = '<script>alert(1)</script>&"\u0000';
    const model = { ...trend, text: { ...trend.text, title: hostile } } as ChartModel;
    const image = composeChartImage(
      model,
      { markup: '<svg width="10" height="10"></svg>', width: 10, height: 10 },
      options,
    );
    expect(image.svg).not.toContain('<script>');
    expect(parse(image.svg).querySelector('.title')?.textContent).toBe(
      hostile.replace('\u0000', ''),
    );
    expect(escapeXml('a\u0000b\uD800c')).toBe('abc');
  });
});
