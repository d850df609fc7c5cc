// @vitest-environment jsdom
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildDataset } from '../../../../src/domain/bundle.ts';
import type { DataFileKey } from '../../../../src/domain/bundle.ts';
import { readDataDir } from '../../../../build/bundledDataPlugin.ts';
import { readFileSync } from 'node:fs';
import { createTranslator } from '../../../../src/i18n/index.ts';
import {
  sectorTrendMarks,
  selectSectorTrendModel,
} from '../../../../src/features/sector-trend/sectorTrend.selectors.ts';
import SectorTrendDrawing from '../../../../src/features/sector-trend/SectorTrendDrawing.tsx';
import { sectorTrendHeight } from '../../../../src/features/sector-trend/sectorTrendLayout.ts';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const texts: Record<DataFileKey, string> = {
  ...readDataDir('data'),
  periods: readFileSync('tests/fixtures/sector-trend/periods.csv', 'utf8'),
  sectorExports: readFileSync('tests/fixtures/sector-trend/sector-exports.csv', 'utf8'),
};
const built = buildDataset('exports', texts);
if (!built.ok) throw new Error('fixture invalid');
const model = selectSectorTrendModel(built.data, { sector: null }, createTranslator('en'), 'en')!;

let container: HTMLDivElement;
let root: ReturnType<typeof createRoot>;
afterEach(() => {
  act(() => root.unmount());
  container.remove();
});

function draw(props: Partial<Parameters<typeof SectorTrendDrawing>[0]> = {}, width = 920) {
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  act(() => root.render(<SectorTrendDrawing model={model} width={width} {...props} />));
  return container;
}

const textsIn = (element: Element, selector: string) =>
  [...element.querySelectorAll(selector)].map((node) => node.textContent);

describe('the sectors-over-time drawing', () => {
  it('draws one panel per sector, each with its name and its latest value labelled', () => {
    const drawn = draw();
    expect(drawn.querySelectorAll('svg')).toHaveLength(1);
    const svg = drawn.querySelector('svg')!;
    expect(svg.getAttribute('height')).toBe(String(sectorTrendHeight(model, 920)));
    const panels = [...drawn.querySelectorAll('[data-panel]')];
    expect(panels.map((panel) => textsIn(panel, '.small-multiple__heading')[0])).toEqual([
      'Base metals',
      'Food and beverages',
      'Chemicals and chemical goods',
      'Apparel',
      'Motor vehicles',
      'Pulp and paper',
      'Electronics',
      'Rubber and plastics',
    ]);
    const latest = Object.fromEntries(
      panels.map((panel) => [
        panel.getAttribute('data-panel'),
        textsIn(panel, '.sm-value--latest').join(' '),
      ]),
    );
    expect(latest).toEqual({
      'base-metals': '42',
      food: '41.70',
      chemicals: '21.41',
      apparel: '9.69',
      'motor-vehicles': '8.59',
      paper: '8.28',
      electronics: '6.29',
      // Part-years only: no full year to label as the latest.
      'rubber-plastics': '',
    });
  });

  it('sets the part-years apart, labelled, and names a sector’s other grouping', () => {
    const drawn = draw();
    const food = drawn.querySelector('[data-panel="food"]')!;
    expect(textsIn(food, 'text')).toEqual(
      expect.arrayContaining([
        'as food: 2019, Jan–Jun 2019, Jan–Sept 2020',
        'Part-years',
        'Jan–Nov2021',
        '40.73',
      ]),
    );
    // Part-years are hollow marks of their own, never on the full years' line.
    const part = food.querySelector('[data-point="2021-jan-nov/food-beverages"] circle')!;
    expect(part.getAttribute('class')).toContain('sm-point--part');
    expect(food.querySelectorAll('.sm-line')).toHaveLength(0);
    expect(drawn.querySelectorAll('[data-panel="base-metals"] .sm-line--dotted')).toHaveLength(1);
  });

  it('draws the highlighted sector in the accent and the rest muted', () => {
    const drawn = draw();
    const classes = (panelId: string) =>
      [...drawn.querySelectorAll(`[data-panel="${panelId}"] .sm-point`)].map((c) =>
        c.getAttribute('class'),
      );
    expect(classes('base-metals').every((c) => c?.includes('mark--highlight'))).toBe(true);
    expect(classes('food').every((c) => c?.includes('mark--muted'))).toBe(true);
  });

  it('marks every figure for the keyboard, outlines the active one, and selects a panel on click', () => {
    const onSelect = vi.fn();
    const marks = sectorTrendMarks(model);
    const active = marks.findIndex((mark) => mark.id === '2023/food-beverages');
    const drawn = draw({ activeIndex: active, onSelect }, 380);
    const keyed = [...drawn.querySelectorAll('[data-key-index]')];
    expect(keyed.map((mark) => Number(mark.getAttribute('data-key-index')))).toEqual(
      marks.map((_, index) => index),
    );
    expect(keyed.map((mark) => mark.getAttribute('data-point'))).toEqual(marks.map((m) => m.id));
    expect(
      drawn.querySelector(`[data-key-index="${active}"] circle`)!.getAttribute('class'),
    ).toContain('mark--active');
    expect(drawn.querySelectorAll('.mark--active')).toHaveLength(1);
    const hit = drawn.querySelector('[data-panel="food"] .mark-hit')!;
    expect(Number(hit.getAttribute('height'))).toBeGreaterThanOrEqual(24);
    act(() => hit.dispatchEvent(new MouseEvent('click', { bubbles: true })));
    expect(onSelect).toHaveBeenCalledWith('food');
  });
});
