import { describe, expect, it } from 'vitest';
import { buildDataset } from '../../../src/domain/bundle.ts';
import { readDataDir } from '../../../scripts/validateBundledDataPlugin.ts';
import { createTranslator } from '../../../src/i18n/index.ts';
import { selectSectorSharesModel } from '../../../src/features/sector-shares/sectorShares.selectors.ts';
import { renderChartSvg } from '../../../src/features/downloads/staticSvg.ts';

const dataset = buildDataset('exports', readDataDir('data'));
if (!dataset.ok) throw new Error('bundled data invalid');

function render(kind: 'bar' | 'donut', width: number) {
  const model = selectSectorSharesModel(
    dataset.data!,
    { period: '2019', sector: null, kind },
    createTranslator('en'),
    'en',
  )!;
  const { svg } = renderChartSvg(model, {
    width,
    theme: 'light',
    dashboardName: 'Dashboard',
    locale: 'en',
  });
  return new DOMParser().parseFromString(svg, 'image/svg+xml');
}

describe('static donut', () => {
  it('draws what the screen shows: a donut when the donut view is chosen, bars otherwise', () => {
    expect(render('donut', 960).querySelectorAll('path.slice')).toHaveLength(6);
    expect(render('bar', 960).querySelectorAll('path.slice')).toHaveLength(0);
  });

  it('keys every slice with its label and value, remainder last, inside the image at any width', () => {
    for (const width of [320, 640, 1200]) {
      const doc = render('donut', width);
      const labels = [...doc.querySelectorAll('text.slice-label')].map((node) => node.textContent);
      expect(labels).toEqual([
        'Food',
        'Base metals',
        'Chemicals and chemical goods',
        'Apparel',
        'Paper and paper goods',
        'All other sectors',
      ]);
      const values = [...doc.querySelectorAll('text.value-label')].map((node) => node.textContent);
      expect(values[0]).toBe('21.46% · 27.16 bn USD');
      for (const node of doc.querySelectorAll('text.value-label')) {
        expect(Number(node.getAttribute('x'))).toBeLessThanOrEqual(width);
      }
    }
  });

  it('sweeps each slice in proportion to its share', () => {
    const doc = render('donut', 960);
    const slices = [...doc.querySelectorAll('path.slice')];
    // No share exceeds half the whole (the largest is 42.52 %), so every arc is a small-arc sweep.
    for (const slice of slices) expect(slice.getAttribute('d')).toMatch(/A [\d.]+ [\d.]+ 0 0 1/);
  });
});
