/**
 * A million-row CSV (about 30 MB) imports without freezing the page: parsed
 * in the worker in chunks, aggregated per label, never held row by row in
 * the page. A file over the limit is refused up front with the limit.
 */
import { mkdtempSync, rmSync, truncateSync, writeFileSync, openSync, closeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';

const ROWS = 1_000_000;
const LABELS = 40;
let dir = '';
let bigFile = '';
let tooBig = '';

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'idn-large-'));
  bigFile = join(dir, 'ekspor-sejuta-baris.csv');
  const lines: string[] = ['Sektor industri pengolahan;Nilai ekspor (juta USD)'];
  for (let i = 0; i < ROWS; i++) {
    // Every label gets the same values, so each label's total is known: 25 000 × 1,25.
    lines.push(`Industri pengolahan ${String(i % LABELS).padStart(2, '0')};1,25`);
  }
  writeFileSync(bigFile, lines.join('\n'));
  tooBig = join(dir, 'terlalu-besar.csv');
  closeSync(openSync(tooBig, 'w'));
  truncateSync(tooBig, 60 * 1024 * 1024); // sparse: 60 MB on paper, nothing on disk
});

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('a 1,000,000-row file imports with the page responsive throughout', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('./');
  const panel = page.getByRole('region', { name: 'Your data' });
  await expect(panel.getByLabel('Choose a CSV file')).toBeVisible();
  // Long tasks on the page's main thread while the file is read.
  await page.evaluate(() => {
    const win = window as unknown as { longest: number };
    win.longest = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) win.longest = Math.max(win.longest, entry.duration);
    }).observe({ type: 'longtask', buffered: false });
  });
  await panel.getByLabel('Choose a CSV file').setInputFiles(bigFile);
  await expect(panel.locator('progress')).toBeVisible();
  // While it reads, the page answers at once.
  const started = Date.now();
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
  expect(Date.now() - started).toBeLessThan(1000);
  await expect(panel.locator('.import-report [data-fact="rows"]')).toHaveText('1,000,000', {
    timeout: 150_000,
  });
  const longest = await page.evaluate(() => (window as unknown as { longest: number }).longest);
  expect(longest, 'longest main-thread task while importing (ms)').toBeLessThan(500);

  await panel.getByRole('button', { name: 'Chart this data' }).click();
  const chart = panel.locator('.import-chart');
  await expect(chart.locator('.recharts-surface:visible')).toBeVisible();
  // Aggregated per label: 40 labels become at most 15 bars (the rest summed into one), each 25,000 × 1.25.
  await expect(chart.locator('.chart-label--value').first()).toContainText('31,250');
  const heap = await page.evaluate(
    () =>
      (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ??
      0,
  );
  expect(heap, 'page heap after importing a 30 MB file').toBeLessThan(150 * 1024 * 1024);
});

test('a file over the limit is refused before it is read, with the limit in the message', async ({
  page,
}) => {
  await page.goto('./');
  const panel = page.getByRole('region', { name: 'Your data' });
  await panel.getByLabel('Choose a CSV file').setInputFiles(tooBig);
  await expect(panel.getByRole('alert')).toContainText('50');
  await expect(panel.locator('progress')).toHaveCount(0);
});
