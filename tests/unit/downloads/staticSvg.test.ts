import { describe, expect, it } from 'vitest';
import type {
  BarChartModel,
  ChartModel,
  ChartText,
  LineChartModel,
  TableModel,
} from '../../../src/domain/chartModel.ts';
import { CHART_PALETTES } from '../../../src/features/downloads/palette.ts';
import { escapeXml, renderChartSvg } from '../../../src/features/downloads/staticSvg.ts';
import { measureText, wrapText } from '../../../src/features/downloads/textMetrics.ts';

const table: TableModel = { columns: [], rows: [] };

const sectorText: ChartText = {
  title: 'Food makes up a fifth of manufacturing exports',
  subtitle: 'Share of manufacturing exports by sector, 2019, percent',
  source: 'Source: Ministry of Industry (Kemenperin), Manufacturing export performance 2019',
  vintage: 'Data as released 16 January 2020',
  notes: ['≈ derived by this dashboard from the stated figures; not stated by the source.'],
  summary: 'In 2019 food was the largest sector at 21.46% of 126.57 billion USD.',
};

const sectorModel: ChartModel = {
  id: 'sector-shares',
  kind: 'bar',
  orientation: 'horizontal',
  max: 48.26,
  unitLabel: 'Share of manufacturing exports (%)',
  bars: [
    bar('food', 'Food', 21.46, '21.46% · 27.16 bn USD', { highlight: true }),
    bar('base-metals', 'Base metals', 13.72, '13.72% · 17.37 bn USD'),
    bar('chemicals', 'Chemicals', 10, '10% · ≈ 12.7 bn USD', { derived: true }),
    bar('all-other', 'All other sectors', 48.26, '≈ 48.26% · ≈ 61.08 bn USD', {
      derived: true,
      isRemainder: true,
    }),
    bar('rubber-plastics', 'Rubber, rubber products and plastics', 6.56, '6.56%'),
  ],
  text: sectorText,
  table,
};

const yearsModel: ChartModel = {
  id: 'exports-trend',
  kind: 'bar',
  orientation: 'vertical',
  max: 131.13,
  unitLabel: 'billion USD',
  bars: [
    bar('2015', '2015', 108.6, '108.60'),
    bar('2018', '2018', 130.09, '130.09'),
    { ...bar('2019', '2019', 126.57, '126.57'), secondaryLabel: '75.5% of national' },
    {
      ...bar('2020', '2020', 131.13, '131.13', { highlight: true }),
      secondaryLabel: '80.30% of national',
    },
  ],
  text: { ...sectorText, title: 'Manufacturing exports grew in 2020', notes: [] },
  table,
};

function month(index: number): string {
  return `${2018 + Math.floor(index / 12)}-${String((index % 12) + 1).padStart(2, '0')}`;
}

const pmiValues = [49.9, 51.4, 50.7, 51.6, 51.7, 50.3, 50.5, 51.9, 50.7, 50.5, 50.4, 51.2];
const pmiModel: ChartModel = {
  id: 'pmi',
  kind: 'line',
  points: [...pmiValues, 51.2, 50.1, 45.3, 27.5, 28.6, 39.1, 46.9, 50.8].map((y, index) => ({
    x: month(index),
    xLabel: month(index),
    y,
    yLabel: y.toFixed(1),
  })),
  yDomain: [25, 60],
  xTicks: [
    { x: '2018-01', label: '2018' },
    { x: '2019-01', label: '2019' },
  ],
  reference: { y: 50, label: '50 = no change', aboveLabel: 'Expansion', belowLabel: 'Contraction' },
  annotations: [{ x: '2019-04', y: 27.5, label: 'Record low: 27.5 in April 2020' }],
  unitLabel: 'Index',
  text: {
    ...sectorText,
    title: 'Manufacturing activity collapsed to a record low of 27.5 in April 2020',
    notes: ['Above 50 means expansion.'],
  },
  table,
};

function bar(
  id: string,
  label: string,
  value: number,
  valueLabel: string,
  flags: { highlight?: boolean; derived?: boolean; isRemainder?: boolean } = {},
): BarChartModel['bars'][number] {
  return {
    id,
    label,
    value,
    valueLabel,
    description: label,
    derived: flags.derived ?? false,
    highlight: flags.highlight ?? false,
    ...(flags.isRemainder ? { isRemainder: true } : {}),
  };
}

const options = {
  width: 640,
  theme: 'light' as const,
  dashboardName: 'Indonesia manufacturing dashboard',
  locale: 'en',
};

function parse(svg: string): SVGSVGElement {
  const document = new DOMParser().parseFromString(svg, 'image/svg+xml');
  expect(document.getElementsByTagName('parsererror')).toHaveLength(0);
  return document.documentElement as unknown as SVGSVGElement;
}

/** The text of each <text>, its lines joined with spaces as a reader reads them. */
function texts(root: Element): string[] {
  return [...root.querySelectorAll('text')].map((text) => {
    const spans = [...text.querySelectorAll('tspan')];
    return spans.length > 0
      ? spans.map((span) => span.textContent).join(' ')
      : (text.textContent ?? '');
  });
}

function numberAttr(element: Element, name: string): number {
  const value = Number(element.getAttribute(name));
  expect(Number.isFinite(value)).toBe(true);
  return value;
}

function viewBox(root: Element): { width: number; height: number } {
  const [, , width, height] = (root.getAttribute('viewBox') ?? '').split(' ').map(Number);
  return { width: width ?? NaN, height: height ?? NaN };
}

/** Estimated horizontal extent of a text element, from its anchor and the widest line. */
function textExtent(text: Element): { left: number; right: number } {
  const x = numberAttr(text, 'x');
  const size = numberAttr(text, 'font-size');
  const bold = text.getAttribute('font-weight') === '700';
  const spans = [...text.querySelectorAll('tspan')];
  const lines =
    spans.length > 0 ? spans.map((span) => span.textContent ?? '') : [text.textContent ?? ''];
  const width = Math.max(...lines.map((line) => measureText(line, size, bold)));
  const anchor = text.getAttribute('text-anchor') ?? 'start';
  const left = anchor === 'start' ? x : anchor === 'end' ? x - width : x - width / 2;
  return { left, right: left + width };
}

function expectSelfContained(svg: string, root: Element): void {
  expect(svg).not.toMatch(/<script|<image|<foreignObject|<iframe|javascript:|@import/i);
  for (const element of root.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      expect(attribute.name).not.toMatch(/href$|^on/i);
      if (attribute.value.includes('url(')) expect(attribute.value).toMatch(/^url\(#[\w-]+\)$/);
    }
  }
}

function expectWithinViewBox(root: Element): void {
  const box = viewBox(root);
  for (const rect of root.querySelectorAll('rect')) {
    const x = numberAttr(rect, 'x');
    expect(x).toBeGreaterThanOrEqual(0);
    expect(x + numberAttr(rect, 'width')).toBeLessThanOrEqual(box.width + 0.01);
    expect(numberAttr(rect, 'y') + numberAttr(rect, 'height')).toBeLessThanOrEqual(
      box.height + 0.01,
    );
  }
  for (const text of root.querySelectorAll('text')) {
    const { left, right } = textExtent(text);
    expect(left).toBeGreaterThanOrEqual(-0.01);
    expect(right).toBeLessThanOrEqual(box.width + 0.01);
    expect(numberAttr(text, 'y')).toBeLessThanOrEqual(box.height);
  }
}

describe('renderChartSvg: horizontal bars', () => {
  it('draws the frame and labels every bar directly', () => {
    const { svg, width, height } = renderChartSvg(sectorModel, options);
    const root = parse(svg);
    expect(root.getAttribute('role')).toBe('img');
    expect(root.getAttribute('viewBox')).toBe(`0 0 ${width} ${height}`);
    expect(width).toBe(640);
    expect(root.querySelector('title')?.textContent).toBe(sectorModel.text.title);
    expect(root.querySelector('desc')?.textContent).toBe(sectorModel.text.summary);
    const all = texts(root);
    for (const expected of [
      sectorText.title,
      sectorText.subtitle,
      sectorText.source,
      sectorText.vintage,
      sectorText.notes[0],
      options.dashboardName,
    ]) {
      expect(all).toContain(expected);
    }
    if (sectorModel.kind !== 'bar') throw new Error('bar model expected');
    for (const { label, valueLabel } of sectorModel.bars) {
      expect(all).toContain(label);
      expect(all).toContain(valueLabel);
    }
  });

  it('colours the highlight with the accent, the rest muted, and marks derived bars', () => {
    const root = parse(renderChartSvg(sectorModel, options).svg);
    const palette = CHART_PALETTES.light;
    const fillOf = (id: string) =>
      root.querySelector(`rect.bar[data-id="${id}"]`)?.getAttribute('fill');
    expect(fillOf('food')).toBe(palette.accent);
    expect(fillOf('base-metals')).toBe(palette.muted);
    expect(fillOf('all-other')).toBe(palette.remainder);
    const derived = [...root.querySelectorAll('rect.bar.derived')].map((rect) =>
      rect.getAttribute('data-id'),
    );
    expect(derived).toEqual(['chemicals', 'all-other']);
    expect(root.querySelectorAll('rect.hatch')).toHaveLength(2);
    expect(root.querySelector('pattern')).not.toBeNull();
  });

  it('draws the remainder last and bar lengths in proportion to the values', () => {
    const root = parse(renderChartSvg(sectorModel, options).svg);
    const bars = [...root.querySelectorAll('rect.bar')];
    expect(bars.map((rect) => rect.getAttribute('data-id'))).toEqual([
      'food',
      'base-metals',
      'chemicals',
      'rubber-plastics',
      'all-other',
    ]);
    const widthOf = (id: string) =>
      numberAttr(root.querySelector(`rect.bar[data-id="${id}"]`)!, 'width');
    expect(widthOf('food') / widthOf('all-other')).toBeCloseTo(21.46 / 48.26, 2);
    const x = new Set(bars.map((rect) => rect.getAttribute('x')));
    expect(x.size).toBe(1);
  });

  it('makes the label column as wide as the longest label needs, and stays inside the image', () => {
    const root = parse(renderChartSvg(sectorModel, options).svg);
    const barLeft = numberAttr(root.querySelector('rect.bar')!, 'x');
    const longest = measureText('Rubber, rubber products and plastics', 13, false);
    expect(barLeft).toBeGreaterThanOrEqual(24 + Math.min(longest, 592 * 0.36));
    expectWithinViewBox(root);
  });

  it('stays inside the image at any width, wrapping labels instead of clipping them', () => {
    for (const width of [280, 360, 480, 1200, 2400]) {
      for (const theme of ['light', 'dark'] as const) {
        const result = renderChartSvg(sectorModel, { ...options, width, theme });
        const root = parse(result.svg);
        expect(result.width).toBe(width);
        expect(root.querySelector('rect.background')?.getAttribute('fill')).toBe(
          CHART_PALETTES[theme].background,
        );
        expectWithinViewBox(root);
      }
    }
  });
});

describe('renderChartSvg: vertical bars', () => {
  it('labels every year and value, and keeps bars inside the image', () => {
    for (const width of [280, 640]) {
      const root = parse(renderChartSvg(yearsModel, { ...options, width }).svg);
      const all = texts(root);
      for (const year of ['2015', '2018', '2019', '2020']) expect(all).toContain(year);
      for (const value of ['108.60', '130.09', '126.57', '131.13']) expect(all).toContain(value);
      expect(all).toContain('75.5% of national');
      expect(all).toContain('80.30% of national');
      expectWithinViewBox(root);
      const heightOf = (id: string) =>
        numberAttr(root.querySelector(`rect.bar[data-id="${id}"]`)!, 'height');
      expect(heightOf('2015') / heightOf('2020')).toBeCloseTo(108.6 / 131.13, 2);
    }
  });
});

describe('renderChartSvg: line', () => {
  it('draws the reference line dashed at 50, labelled, with the area below it shaded', () => {
    const root = parse(renderChartSvg(pmiModel, options).svg);
    const reference = root.querySelector('line.reference');
    expect(reference).not.toBeNull();
    expect(reference!.getAttribute('stroke-dasharray')).toBeTruthy();
    const y = numberAttr(reference!, 'y1');
    expect(numberAttr(reference!, 'y2')).toBe(y);
    // 50 lies halfway between the 40 and 60 gridlines.
    const gridY = (value: number) =>
      numberAttr(root.querySelector(`line.gridline[data-value="${value}"]`)!, 'y1');
    expect(y).toBeCloseTo((gridY(40) + gridY(60)) / 2, 1);
    expect(y).toBeLessThan(gridY(40));
    const shade = root.querySelector('rect.reference-shade')!;
    expect(numberAttr(shade, 'y')).toBeCloseTo(y, 1);
    const axisY = numberAttr(root.querySelector('line.axis')!, 'y1');
    expect(numberAttr(shade, 'y') + numberAttr(shade, 'height')).toBeCloseTo(axisY, 1);
    const all = texts(root);
    for (const label of ['50 = no change', 'Expansion', 'Contraction'])
      expect(all).toContain(label);
  });

  it('draws the line, labels the latest value and the annotation with a leader, and ticks the years', () => {
    const root = parse(renderChartSvg(pmiModel, options).svg);
    const path = root.querySelector('path.series')!;
    expect(path.getAttribute('stroke')).toBe(CHART_PALETTES.light.accent);
    expect(path.getAttribute('d')?.match(/[ML]/g)).toHaveLength(20);
    const all = texts(root);
    expect(all).toContain('50.8');
    expect(all).toContain('Record low: 27.5 in April 2020');
    expect(all).toContain('2018');
    expect(all).toContain('2019');
    expect(root.querySelector('line.annotation-leader')).not.toBeNull();
    expect(all).toContain(pmiModel.text.title);
    expectWithinViewBox(root);
  });

  it('breaks the line where a month is missing', () => {
    if (pmiModel.kind !== 'line') throw new Error('line model expected');
    const gappy: ChartModel = {
      ...pmiModel,
      points: pmiModel.points.filter((point) => point.x !== '2018-06'),
    };
    const d =
      parse(renderChartSvg(gappy, options).svg).querySelector('path.series')!.getAttribute('d') ??
      '';
    expect(d.match(/M/g)).toHaveLength(2);
  });

  it('formats axis values in the reader’s locale and survives an unknown locale tag', () => {
    const decimalDomain: ChartModel = {
      ...(pmiModel as LineChartModel & ChartModel),
      yDomain: [49, 51],
    };
    const id = texts(parse(renderChartSvg(decimalDomain, { ...options, locale: 'id' }).svg));
    expect(id).toContain('49,5');
    const unknown = renderChartSvg(decimalDomain, { ...options, locale: 'not a locale!' });
    expect(texts(parse(unknown.svg))).toContain('49.5');
  });
});

describe('renderChartSvg: safety', () => {
  it('is self-contained: no scripts, images or external references', () => {
    for (const model of [sectorModel, yearsModel, pmiModel]) {
      const { svg } = renderChartSvg(model, options);
      expectSelfContained(svg, parse(svg));
      expect(svg).toContain(
        'font-family="system-ui, -apple-system, &apos;Segoe UI&apos;, Roboto, sans-serif"',
      );
      expect(svg).toContain('tabular-nums');
    }
  });

  it('escapes text, drops characters XML cannot hold, and keeps hostile labels as text', () => {
    const hostile = '<script>alert("x")</script> & \u0000\u0007\uD800 <a href="http://evil">';
    const model: ChartModel = {
      ...sectorModel,
      text: { ...sectorText, title: hostile, summary: hostile },
      ...(sectorModel.kind === 'bar' ? { bars: [bar('x', hostile, 5, hostile)] } : {}),
    } as ChartModel;
    const { svg } = renderChartSvg(model, options);
    const root = parse(svg);
    expectSelfContained(svg, root);
    const clean = '<script>alert("x")</script> &  <a href="http://evil">';
    expect(root.querySelector('title')?.textContent).toBe(clean);
    expect(root.querySelector('script')).toBeNull();
    expect(root.querySelector('a')).toBeNull();
    expect(escapeXml(`'"`)).toBe('&apos;&quot;');
  });

  it('renders degenerate models without throwing', () => {
    const empty: ChartModel = { ...sectorModel, bars: [] } as ChartModel;
    const nanBars: ChartModel = {
      ...sectorModel,
      max: Number.NaN,
      bars: [bar('a', 'A', Number.NaN, 'n/a'), bar('b', 'B', -3, '-3')],
    } as ChartModel;
    const noPoints: ChartModel = { ...pmiModel, points: [] } as ChartModel;
    const onePoint: ChartModel = {
      ...pmiModel,
      yDomain: [Number.NaN, 3],
      points: [{ x: '2020-04', xLabel: 'April 2020', y: 27.5, yLabel: '27.5' }],
    } as ChartModel;
    for (const model of [empty, nanBars, noPoints, onePoint]) {
      for (const width of [Number.NaN, -10, 100_000]) {
        const { svg, width: actual } = renderChartSvg(model, { ...options, width });
        const root = parse(svg);
        expect(svg).not.toContain('NaN');
        expect(actual).toBeGreaterThanOrEqual(280);
        expectWithinViewBox(root);
      }
    }
  });
});

describe('text metrics', () => {
  it('wraps to the width it is given, breaking words longer than a line', () => {
    const text = 'Manufacturing activity collapsed to a record low of 27.5 in April 2020';
    const lines = wrapText(text, 200, 21, true);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join(' ')).toBe(text);
    for (const line of lines) expect(measureText(line, 21, true)).toBeLessThanOrEqual(200);
    const long = wrapText('https://example.com/a/very/long/path/that/does/not/fit', 80, 12);
    for (const line of long) expect(measureText(line, 12)).toBeLessThanOrEqual(80);
    expect(long.join('')).toBe('https://example.com/a/very/long/path/that/does/not/fit');
    expect(wrapText('', 100, 12)).toEqual([]);
    expect(measureText('WWW', 10)).toBeGreaterThan(measureText('iii', 10));
  });
});
