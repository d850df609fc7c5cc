/**
 * The hostile corpus in the browser (issue 11 #16): for each file, no script
 * ran, the user gets a clear message (the import report, or what was wrong),
 * and the chart on screen and the kept datasets stay as they were.
 */
import { closeSync, mkdtempSync, openSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { HOSTILE_CORPUS } from '../fixtures/hostile/corpus.ts';

let dir = '';
const paths = new Map<string, string>();

test.beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'hostile-'));
  HOSTILE_CORPUS.forEach((entry, index) => {
    // File names are part of the attack; a prefix keeps them apart on disk.
    const path = join(dir, `${index}-${entry.fileName.replace(/[/\\]/g, '_')}`);
    if (entry.sparseSize !== undefined) {
      closeSync(openSync(path, 'w'));
      truncateSync(path, entry.sparseSize);
    } else writeFileSync(path, entry.bytes());
    paths.set(entry.id, path);
  });
});

test.afterAll(() => rmSync(dir, { recursive: true, force: true }));

test('every hostile file: no script runs, a clear message, the chart and kept data stay', async ({
  page,
}) => {
  test.setTimeout(360_000);
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('./');
  const panel = page.getByRole('region', { name: 'Your data' });
  const input = panel.getByLabel('Choose a CSV file');
  await input.setInputFiles('tests/fixtures/import/bps-semicolon.csv');
  await panel.getByRole('button', { name: 'Chart this data' }).click();
  const chart = panel.locator('.import-chart');
  const title = chart.locator('.chart-frame__title');
  await expect(title).toHaveText(/Industri makanan makes up/);
  const shownId = await chart.getAttribute('data-dataset');
  const kept = panel.getByRole('region', { name: 'Kept in this browser' });
  await expect(kept.locator('.import-saved__name')).toHaveText(['bps-semicolon.csv']);

  for (const entry of HOSTILE_CORPUS) {
    await test.step(entry.id, async () => {
      await input.setInputFiles(paths.get(entry.id)!);
      if (entry.expected.outcome === 'refused') {
        const alert = panel.locator('.import-error').filter({ hasText: 'could not be imported' });
        await expect(alert).toBeVisible({ timeout: 60_000 });
        // The reason is said in words, not as a code.
        await expect(alert.locator('li').first()).not.toHaveText(/^[a-z]+\.[a-zA-Z]+$/);
      } else {
        const report = panel.getByRole('region', { name: /^Import report:/ });
        await expect(report).toBeVisible({ timeout: 60_000 });
        await expect(report.locator('[data-fact="rows"]')).toBeVisible();
      }
      expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
      // The chart shown before is still shown, and the kept list is unchanged.
      await expect(chart).toHaveAttribute('data-dataset', shownId!);
      await expect(title).toHaveText(/Industri makanan makes up/);
      await expect(kept.locator('.import-saved__name')).toHaveText(['bps-semicolon.csv']);
      const discard = panel.getByRole('button', { name: 'Discard' });
      if (await discard.isVisible()) await discard.click();
    });
  }

  // Charting the markup label draws it as text; a reload with it kept runs no script either.
  await input.setInputFiles(paths.get('script-label')!);
  await panel.getByRole('button', { name: 'Chart this data' }).click();
  await expect(chart.locator('.chart-label--category').first()).toHaveText(
    '<img src=x onerror="window.__pwned=1">',
  );
  await page.reload();
  await expect(
    page
      .getByRole('region', { name: 'Your data' })
      .locator('.import-chart .chart-label--category')
      .first(),
  ).toHaveText('<img src=x onerror="window.__pwned=1">');
  expect(await page.evaluate(() => (window as { __pwned?: unknown }).__pwned)).toBeUndefined();
  expect(dialogs).toEqual([]);
});
