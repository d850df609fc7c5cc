import { expect } from '@playwright/test';
import type { Page } from '@playwright/test';
import { startApp } from './fixtures.ts';

/** One drawn element of a chart: what it is, what it says, where it is on the page. */
export interface Mark {
  tag: string;
  text: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/**
 * Every visible mark, label and axis line inside `container`, relative to its
 * box (bars, ticks, labels, the PMI line). Runs in the page: self-contained.
 */
export function measureMarks(container: Element): Mark[] {
  const origin = container.getBoundingClientRect();
  const marks: Mark[] = [];
  for (const node of container.querySelectorAll('path, rect, text, line, circle')) {
    const box = node.getBoundingClientRect();
    const style = getComputedStyle(node);
    if (box.width === 0 && box.height === 0) continue;
    if (style.visibility === 'hidden' || style.display === 'none') continue;
    if (
      (node as SVGGraphicsElement).closest(
        '[style*="display: none"], .chart-layout:not(:has(svg:not([hidden])))',
      )
    )
      continue;
    if (node.getClientRects().length === 0) continue;
    marks.push({
      tag: node.tagName,
      text: node.tagName === 'text' ? (node.textContent ?? '') : '',
      x: box.x - origin.x,
      y: box.y - origin.y,
      width: box.width,
      height: box.height,
    });
  }
  return marks.sort(
    (a, b) => a.tag.localeCompare(b.tag) || a.text.localeCompare(b.text) || a.y - b.y || a.x - b.x,
  );
}

/** The marks of a chart's drawing (measureMarks), the chart scrolled into view. */
export async function chartGeometry(page: Page, chart: string, root = '.chart'): Promise<Mark[]> {
  const figure = page.locator(`figure[data-chart="${chart}"] ${root}`).first();
  await figure.scrollIntoViewIfNeeded();
  return figure.evaluate(measureMarks);
}

/** The same marks, each within 1 px in position and size. */
export function expectSameGeometry(actual: Mark[], expected: Mark[], context: string) {
  expect(
    actual.map((mark) => `${mark.tag}:${mark.text}`),
    `${context}: the same marks`,
  ).toEqual(expected.map((mark) => `${mark.tag}:${mark.text}`));
  const off = actual.flatMap((mark, index) => {
    const other = expected[index]!;
    const worst = Math.max(
      Math.abs(mark.x - other.x),
      Math.abs(mark.y - other.y),
      Math.abs(mark.width - other.width),
      Math.abs(mark.height - other.height),
    );
    return worst > 1 ? [`${mark.tag} "${mark.text}" off by ${worst.toFixed(2)} px`] : [];
  });
  expect(off, `${context}: marks more than 1 px apart`).toEqual([]);
}

/** Brings every chart near the viewport so it draws live, and waits until the live drawings are on. */
export async function makeChartsLive(page: Page) {
  await startApp(page);
  for (const chart of await page.locator('figure[data-chart] .chart').all()) {
    await chart.scrollIntoViewIfNeeded();
    await chart.hover();
  }
  await expect(page.locator('.chart__static')).toHaveCount(0);
  await expect(page.locator('.chart__live .recharts-surface')).toHaveCount(3);
  // No hover state (tooltip, active dot) in what is measured.
  await page.mouse.move(0, 0);
  await page.evaluate(() => window.scrollTo(0, 0));
}
