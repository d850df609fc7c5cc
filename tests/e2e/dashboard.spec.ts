import { expect, test } from './fixtures.ts';
import { collectConsoleErrors } from './helpers.ts';
import type { Page } from '@playwright/test';
import { PNG } from 'pngjs';

const SECTORS = [
  'Food',
  'Base metals',
  'Chemicals and chemical goods',
  'Apparel',
  'Paper and paper goods',
  'All other sectors',
];

async function waitForCharts(page: Page) {
  await expect(page.locator('.recharts-surface:visible')).toHaveCount(3);
  await expect(page.locator('.annotation-label:visible')).toBeVisible();
  // Let entry animations finish before measuring.
  await page.waitForTimeout(1800);
}

/** Share of pixels that differ from the most common colour: 0 for a blank image. */
function inkRatio(png: Buffer): number {
  const image = PNG.sync.read(png);
  const counts = new Map<number, number>();
  for (let i = 0; i < image.data.length; i += 4) {
    const key = (image.data[i]! << 16) | (image.data[i + 1]! << 8) | image.data[i + 2]!;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const total = image.width * image.height;
  return 1 - Math.max(...counts.values()) / total;
}

test('shows the headline figures, every sector and the PMI low, with no console errors', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  await page.goto('./');
  await expect(page.locator('[data-kpi="exports"] .kpi__value')).toHaveText('196.54 billion USD');
  await expect(page.locator('[data-kpi="pmi-low"] .kpi__value')).toHaveText('27.5');
  const bars = page.locator('.chart--bars');
  for (const sector of SECTORS)
    await expect(
      bars.getByText(sector, { exact: true }).filter({ visible: true }).first(),
    ).toBeVisible();
  await expect(
    page.getByText(
      'The PMI fell to 27.5 in April 2020, its lowest since the survey began (April 2011)',
    ),
  ).toBeVisible();
  await waitForCharts(page);
  expect(errors).toEqual([]);
});

for (const width of [320, 1280]) {
  test(`at ${width} px: no horizontal scroll, no blank chart, no overlapping or clipped labels`, async ({
    page,
  }, testInfo) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto('./');
    await waitForCharts(page);
    const screenshot = await page.screenshot({ fullPage: true });
    await testInfo.attach(`dashboard-${width}`, { body: screenshot, contentType: 'image/png' });

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - window.innerWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);

    for (const chart of await page.locator('.chart').all()) {
      const ink = inkRatio(await chart.screenshot());
      expect(ink, 'chart is not blank').toBeGreaterThan(0.02);
    }

    const problems = await page.evaluate(() => {
      const found: string[] = [];
      const viewport = { left: 0, right: window.innerWidth };
      for (const chart of document.querySelectorAll('.chart')) {
        // Drawn labels only: the prerendered layouts that do not fit this width are not displayed.
        // Not the live chart still being drawn, hidden, behind the copy it takes over from.
        const labels = [...chart.querySelectorAll('text')].filter(
          (node) =>
            (node.textContent ?? '').trim() !== '' &&
            node.getClientRects().length > 0 &&
            node.checkVisibility({ visibilityProperty: true }),
        );
        const boxes = labels.map((node) => ({
          text: node.textContent,
          box: node.getBoundingClientRect(),
        }));
        const bounds = chart.getBoundingClientRect();
        for (const { text, box } of boxes) {
          if (
            box.left < Math.max(viewport.left, bounds.left) - 1 ||
            box.right > Math.min(viewport.right, bounds.right) + 1
          ) {
            found.push(`clipped: ${text}`);
          }
        }
        for (let i = 0; i < boxes.length; i++) {
          for (let j = i + 1; j < boxes.length; j++) {
            const a = boxes[i]!.box;
            const b = boxes[j]!.box;
            const overlapX = Math.min(a.right, b.right) - Math.max(a.left, b.left);
            const overlapY = Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top);
            if (overlapX > 1 && overlapY > 1)
              found.push(`overlap: ${boxes[i]!.text} / ${boxes[j]!.text}`);
          }
        }
      }
      return found;
    });
    expect(problems).toEqual([]);
  });
}

test.describe(() => {
  // page.route cannot see what a service worker fetches: the worker the page registers on load
  // would fetch the chunk this test makes fail.
  test.use({ serviceWorkers: 'block' });
  test('a panel whose data fails to load says so and the rest still works', async ({ page }) => {
    await page.route(/\/assets\/pmi-[\w-]+\.js$/, (route) => route.abort());
    await page.goto('./');
    const pmi = page.getByRole('region', { name: 'Manufacturing PMI' });
    await expect(pmi.getByRole('alert')).toContainText(
      'pmi.csv, series.csv, vintages.csv: The data file could not be loaded',
    );
    await expect(page.locator('[data-kpi="exports"] .kpi__value')).toHaveText('196.54 billion USD');
    await expect(page.locator('.chart--bars')).toBeVisible();
  });
});

test('switching to Bahasa Indonesia sets the page language and Indonesian formats', async ({
  page,
}) => {
  await page.goto('./');
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.locator('[data-kpi="exports"] .kpi__value')).toHaveText('US$196,54 miliar');
  await expect(page.getByText('Sektor lainnya', { exact: true }).first()).toBeVisible();
  // Every chart is drawn in the new language, those below the fold too: none is left blank.
  await expect(page.locator('.recharts-surface:visible')).toHaveCount(3);
});
