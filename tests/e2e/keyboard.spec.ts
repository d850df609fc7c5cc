import { expect, test } from './fixtures.ts';
import type { Locator, Page } from '@playwright/test';

/** Presses Tab until `target` has focus, as a keyboard user would; fails if it is never reached. */
async function tabTo(page: Page, target: Locator, maxPresses = 80) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement)) return;
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

/** What a screen reader announces: the option the focused listbox points to with aria-activedescendant. */
async function announced(page: Page): Promise<string | null> {
  return page.evaluate(() => {
    const id = document.activeElement?.getAttribute('aria-activedescendant');
    const option = id ? document.getElementById(id) : null;
    return option?.getAttribute('role') === 'option' ? (option.textContent ?? '') : null;
  });
}

/** The visible tooltip of the keyboard-walked mark, and how many marks are drawn as active. */
async function expectShown(chart: Locator, text: string) {
  await expect(chart.locator('.chart-tooltip--keyboard')).toHaveText(text);
  await expect(chart.locator('.chart-tooltip--keyboard')).toBeInViewport();
  await expect(chart.locator('.mark--active')).toHaveCount(1);
}

async function walk(page: Page, chart: Locator, key: string, expected: string) {
  await page.keyboard.press(key);
  expect(await announced(page)).toBe(expected);
  await expectShown(chart, expected);
}

test.beforeEach(async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  await expect(page.locator('.recharts-surface:visible')).toHaveCount(3);
});

test('sector bars: Tab in, arrows walk the sectors, Enter highlights one', async ({ page }) => {
  const chart = page.getByRole('listbox', { name: /^Chart: Food makes up/ });
  await tabTo(page, chart);
  // The focus ring is visible around the chart.
  expect(await chart.evaluate((el) => getComputedStyle(el).outlineStyle)).toBe('solid');
  const food = 'Food: 21.46% of manufacturing exports, 27.16 bn USD (stated)';
  expect(await announced(page)).toBe(food);
  await expectShown(chart, food);
  await walk(
    page,
    chart,
    'ArrowDown',
    'Base metals: 13.72% of manufacturing exports, 17.37 bn USD (stated)',
  );
  await walk(
    page,
    chart,
    'End',
    'All other sectors: ≈ 43% of manufacturing exports, ≈ 54 bn USD (derived)',
  );
  await walk(
    page,
    chart,
    'ArrowDown',
    'All other sectors: ≈ 43% of manufacturing exports, ≈ 54 bn USD (derived)',
  );
  await walk(page, chart, 'Home', food);
  await walk(
    page,
    chart,
    'ArrowRight',
    'Base metals: 13.72% of manufacturing exports, 17.37 bn USD (stated)',
  );

  // Enter highlights the sector: the option is selected and its bar takes the accent colour.
  await page.keyboard.press('Enter');
  await expect(chart.getByRole('option', { selected: true })).toHaveText(
    'Base metals: 13.72% of manufacturing exports, 17.37 bn USD (stated)',
  );
  await expect(chart.locator('[data-key-index="1"] .mark--highlight')).toHaveCount(1);
  await expect(chart.locator('.mark--highlight')).toHaveCount(1);
  await expect(chart).toBeFocused();

  // Escape hides the tooltip; an arrow brings it back.
  await page.keyboard.press('Escape');
  await expect(chart.locator('.chart-tooltip--keyboard')).toHaveCount(0);
  await walk(
    page,
    chart,
    'ArrowUp',
    'Food: 21.46% of manufacturing exports, 27.16 bn USD (stated)',
  );
});

test('donut: the slices walk the same way, with the key beside them', async ({ page }) => {
  await tabTo(page, page.getByRole('button', { name: 'Donut' }));
  await page.keyboard.press('Enter');
  const chart = page.getByRole('listbox', { name: /^Chart: Food makes up/ });
  await expect(chart.locator('.chart--donut')).toBeVisible();
  await tabTo(page, chart);
  expect(await announced(page)).toBe(
    'Food: 21.46% of manufacturing exports, 27.16 bn USD (stated)',
  );
  await walk(
    page,
    chart,
    'ArrowRight',
    'Base metals: 13.72% of manufacturing exports, 17.37 bn USD (stated)',
  );
  await walk(
    page,
    chart,
    'End',
    'All other sectors: ≈ 43% of manufacturing exports, ≈ 54 bn USD (derived)',
  );
  await page.keyboard.press('Enter');
  await expect(chart.getByRole('option', { selected: true })).toHaveText(
    'All other sectors: ≈ 43% of manufacturing exports, ≈ 54 bn USD (derived)',
  );
  await expect(page.locator('.donut__item--highlight')).toContainText('All other sectors');
});

test('exports by year: arrows walk the years', async ({ page }) => {
  const chart = page.getByRole('listbox', { name: /^Chart: Manufacturing exports reached/ });
  await tabTo(page, chart);
  expect(await announced(page)).toBe('2014: 117.33 billion USD');
  await expectShown(chart, '2014: 117.33 billion USD');
  await walk(page, chart, 'ArrowRight', '2015: 108.60 billion USD');
  // The last mark is the part-year, said to be one.
  await walk(
    page,
    chart,
    'End',
    'Jan–Oct 2025 (part of the year, not comparable with a full year): 187.82 billion USD',
  );
  await walk(page, chart, 'ArrowLeft', '2024: 196.54 billion USD, 74.25% of national exports');
});

test('PMI: arrows walk the months, Page Down jumps a year, Home and End the ends', async ({
  page,
}) => {
  const chart = page.getByRole('listbox', { name: /^Chart: The PMI fell/ });
  await tabTo(page, chart);
  expect(await announced(page)).toBe('May 2013: 51.6');
  await walk(page, chart, 'ArrowRight', 'June 2013: 51.0');
  await walk(page, chart, 'Home', 'May 2013: 51.6');
  await walk(page, chart, 'PageDown', 'May 2014: 52.4');
  await walk(page, chart, 'End', 'February 2026: 53.8');
  await walk(page, chart, 'PageUp', 'February 2025: 53.6');
  // From February 2025 back to the record low: five years and ten months.
  for (let i = 0; i < 4; i++) await page.keyboard.press('PageUp');
  for (let i = 0; i < 10; i++) await page.keyboard.press('ArrowLeft');
  expect(await announced(page)).toBe('April 2020: 27.5');
  await expectShown(chart, 'April 2020: 27.5');
});

test('in Bahasa Indonesia the charts announce Indonesian labels and numbers', async ({ page }) => {
  await tabTo(page, page.getByRole('button', { name: 'Bahasa Indonesia' }));
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  const pmi = page.getByRole('listbox', { name: /^Grafik: / }).last();
  await tabTo(page, pmi);
  expect(await announced(page)).toBe('Mei 2013: 51,6');
  await walk(page, pmi, 'End', 'Februari 2026: 53,8');
});
