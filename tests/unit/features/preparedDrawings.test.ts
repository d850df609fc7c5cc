// @vitest-environment jsdom
/**
 * Drawing ahead (features/preparedDrawings.ts): the views one click away are
 * drawn off screen while the page is idle, so a click paints at once. The
 * view on screen is drawn live and never drawn ahead again.
 */
import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/domain/bundle.ts';
import { chartSize } from '../../../src/features/charts/chartDrawings.tsx';
import { enablePreparedDrawings, prepareDrawings } from '../../../src/features/preparedDrawings.ts';
import {
  drawingSignature,
  isPrepared,
  preparedDrawing,
} from '../../../src/components/charts/staticDrawings.ts';
import { selectPmiModel } from '../../../src/features/pmi/pmi.selectors.ts';
import { createTranslator } from '../../../src/i18n/index.ts';
import { readDataDir } from '../../../build/bundledDataPlugin.ts';

const pmiData = buildDataset('pmi', readDataDir('data'));
if (!pmiData.ok) throw new Error('bundled data invalid');
const t = createTranslator('en');
const all = selectPmiModel(pmiData.data, { from: '2018-01', to: '2021-12' }, t, 'en')!;
const year2020 = selectPmiModel(pmiData.data, { from: '2020-01', to: '2020-12' }, t, 'en')!;
const LAYOUT = 600;

async function drawingAheadIsDone() {
  for (let tries = 0; tries < 400; tries++) {
    await new Promise((resolve) => setTimeout(resolve, 25));
    if (!document.documentElement.hasAttribute('data-drawing-ahead')) return;
  }
  throw new Error('drawing ahead never finished');
}

describe('drawing ahead', () => {
  it('draws the neighbours but not the view on screen', async () => {
    enablePreparedDrawings();
    const width = chartSize(all, LAYOUT).width;
    prepareDrawings('pmi', () => [all, year2020], LAYOUT, drawingSignature(all));
    await drawingAheadIsDone();

    expect(isPrepared('pmi', drawingSignature(year2020), width)).toBe(true);
    expect(isPrepared('pmi', drawingSignature(all), width)).toBe(false);
    // What a click on "2020" would paint: the year's line, as SVG.
    const island = preparedDrawing('pmi', drawingSignature(year2020), width)!;
    expect(island.markup).toContain('<svg');
    expect(island.markup).toMatch(/recharts-line-curve/);
  });
});
