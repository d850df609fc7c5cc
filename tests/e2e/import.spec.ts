/**
 * Importing a student's own CSV through the real file input, in the built
 * app: the worker reads it, the report and chart show it, and it is kept in
 * IndexedDB across a reload.
 */
import { expect, test } from './fixtures.ts';
import { collectConsoleErrors } from './helpers.ts';
import type { Locator, Page } from '@playwright/test';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const FIXTURES = 'tests/fixtures/import';

async function openPanel(page: Page): Promise<Locator> {
  await page.goto('./');
  const panel = page.getByRole('region', { name: 'Your data' });
  await expect(panel.getByLabel('Choose a CSV file')).toBeVisible();
  return panel;
}

async function importFixture(panel: Locator, name: string) {
  await panel.getByLabel('Choose a CSV file').setInputFiles(join(FIXTURES, name));
}

function fact(panel: Locator, name: string): Locator {
  return panel.locator(`.import-report [data-fact="${name}"]`);
}

async function chartAndRead(panel: Locator) {
  await panel.getByRole('button', { name: 'Chart this data' }).click();
  const chart = panel.locator('.import-chart');
  await expect(chart.locator('.recharts-surface:visible')).toBeVisible();
  // Labels are drawn once the bars have grown: these locators are asserted with retries.
  return {
    chart,
    labels: chart.locator('.chart-label--category'),
    values: chart.locator('.chart-label--value'),
  };
}

test('a BPS-style file (semicolons, decimal commas) is reported, mapped and charted as shares', async ({
  page,
}) => {
  const errors = collectConsoleErrors(page);
  const workers: string[] = [];
  page.on('worker', (worker) => workers.push(worker.url()));
  const panel = await openPanel(page);
  await importFixture(panel, 'bps-semicolon.csv');
  await expect(fact(panel, 'rows')).toHaveText('5');
  await expect(fact(panel, 'columns')).toHaveText('2');
  await expect(fact(panel, 'delimiter')).toHaveText('semicolon ( ; )');
  await expect(fact(panel, 'encoding')).toHaveText('UTF-8');
  await expect(panel.locator('[data-column="Persentase"] [data-format]')).toHaveText(
    '1234,5 (decimal comma)',
  );
  await expect(
    panel.getByText(/The shares add up to 57.48%, leaving 42.52% to 100%/),
  ).toBeVisible();
  await expect(panel.getByLabel('Labels (categories)')).toHaveValue('Sektor');
  await expect(panel.getByLabel('Values', { exact: true })).toHaveValue('Persentase');

  const { chart, labels, values } = await chartAndRead(panel);
  await expect(
    chart.getByRole('heading', { name: 'Industri makanan makes up 21.46% of the total' }),
  ).toBeVisible();
  await expect(labels).toHaveText([
    'Industri makanan',
    'Industri logam dasar',
    'Industri bahan kimia',
    'Industri pakaian jadi',
    'Industri kertas',
    'Rest (to 100%)',
  ]);
  await expect(values).toHaveText(['21.46%', '13.72%', '10%', '6.56%', '5.74%', '42.52%']);
  // Downloads, no Embed for data that lives in this browser.
  await expect(chart.getByRole('button', { name: 'Download' })).toBeVisible();
  await expect(chart.getByRole('button', { name: 'Embed' })).toHaveCount(0);
  // Read off the main thread, by the inlined worker (no separate worker file to load).
  expect(workers.length).toBeGreaterThan(0);
  expect(workers.every((url) => url.startsWith('blob:') || url.startsWith('data:'))).toBe(true);
  expect(errors).toEqual([]);
});

test('a UTF-8 file with a byte order mark keeps its first column name and its quotes', async ({
  page,
}) => {
  const panel = await openPanel(page);
  await importFixture(panel, 'utf8-bom.csv');
  await expect(fact(panel, 'encoding')).toHaveText('UTF-8 with byte order mark');
  await expect(panel.getByLabel('Labels (categories)')).toHaveValue('Sector');
  const { labels, values } = await chartAndRead(panel);
  await expect(labels).toHaveText(['Food', 'Base metals', 'Kertas & “pulp”']);
  await expect(values).toHaveText(['27.16', '17.36', '7.26']);
});

test('a Windows-1252 file is read with its accents and the € sign, and says so', async ({
  page,
}) => {
  const panel = await openPanel(page);
  await importFixture(panel, 'windows-1252.csv');
  await expect(fact(panel, 'encoding')).toHaveText('WINDOWS-1252');
  await expect(
    panel.getByText(/The file is not UTF-8, so it was read as windows-1252/),
  ).toBeVisible();
  await expect(panel.getByLabel('Values', { exact: true })).toHaveValue('Nilai (€ juta)');
  const { labels, values } = await chartAndRead(panel);
  await expect(labels).toHaveText(['Café & kopi', 'Müller – logam', 'Kimia']);
  await expect(values).toHaveText(['1,234.5', '987.25', '12']);
});

test('a UTF-16 ("Unicode text") file with tabs is read', async ({ page }) => {
  const panel = await openPanel(page);
  await importFixture(panel, 'utf16le-bom.csv');
  await expect(fact(panel, 'encoding')).toHaveText('UTF-16LE with byte order mark');
  await expect(fact(panel, 'delimiter')).toHaveText('tab');
  const { labels, values } = await chartAndRead(panel);
  await expect(labels).toHaveText(['Industri makanan', 'Industri tekstil']);
  await expect(values).toHaveText(['27.16', '12.5']);
});

test('bad files say what and where, and the chart on screen stays', async ({ page }) => {
  const panel = await openPanel(page);
  await importFixture(panel, 'bps-semicolon.csv');
  const { values } = await chartAndRead(panel);

  const cases: Array<[string, RegExp]> = [
    [
      'unclosed-quote.csv',
      /unclosed-quote\.csv, line 3, column “Sector”: A quoted value is never closed\./,
    ],
    ['png-renamed.csv', /This is not a CSV text file: it looks like a PNG image\./],
    ['empty.csv', /empty\.csv: The file is empty\./],
    ['header-only.csv', /header-only\.csv, line 1: The file has a header row but no data rows\./],
    ['no-numbers.csv', /There are no numbers here/],
  ];
  for (const [name, message] of cases) {
    await importFixture(panel, name);
    const alert = panel.locator('.import-error');
    await expect(alert).toContainText(`“${name}” could not be imported.`);
    await expect(alert).toContainText(message);
    await expect(values).toHaveText(['21.46%', '13.72%', '10%', '6.56%', '5.74%', '42.52%']);
  }
});

test('skipped rows are listed with line and reason', async ({ page }) => {
  const panel = await openPanel(page);
  await importFixture(panel, 'ragged-rows.csv');
  await expect(fact(panel, 'skipped')).toHaveText('2');
  const skipped = panel.getByRole('table', { name: 'Rows skipped, and why' });
  await expect(skipped.getByRole('row')).toHaveText([
    /Line/,
    /3.*This row has 4 values where the header has 3\./,
    /5.*This row has 2 values where the header has 3\./,
  ]);
});

test('an imported dataset is still listed and shown after a reload; it can be renamed and deleted', async ({
  page,
}) => {
  let panel = await openPanel(page);
  await importFixture(panel, 'bps-semicolon.csv');
  await chartAndRead(panel);
  await expect(
    panel.getByText('“bps-semicolon.csv” is charted and kept in this browser.'),
  ).toBeVisible();

  await page.reload();
  panel = page.getByRole('region', { name: 'Your data' });
  const kept = panel.getByRole('region', { name: 'Kept in this browser' });
  await expect(kept.locator('.import-saved__name')).toHaveText(['bps-semicolon.csv']);
  await expect(panel.locator('.import-chart .chart-label--value').first()).toHaveText('21.46%');

  await kept.getByRole('button', { name: 'Rename “bps-semicolon.csv”' }).click();
  await kept.getByLabel('New name for “bps-semicolon.csv”').fill('Ekspor 2019');
  await kept.getByRole('button', { name: 'Save' }).click();
  // The list shows the new name once it is stored (one IndexedDB transaction): a reader reloads after that.
  await expect(kept.locator('.import-saved__name')).toHaveText(['Ekspor 2019']);
  await page.reload();
  await expect(kept.locator('.import-saved__name')).toHaveText(['Ekspor 2019']);
  await kept.getByRole('button', { name: 'Delete “Ekspor 2019”' }).click();
  await expect(kept.getByText(/Nothing kept yet/)).toBeVisible();
  await page.reload();
  await expect(kept.getByText(/Nothing kept yet/)).toBeVisible();
});

test('with the network off, kept datasets are still listed and a new file still imports', async ({
  page,
  context,
}) => {
  let panel = await openPanel(page);
  await importFixture(panel, 'remainder-shares.csv');
  await chartAndRead(panel);
  await page.evaluate(async () => navigator.serviceWorker.ready);
  await context.setOffline(true);
  await page.reload();
  panel = page.getByRole('region', { name: 'Your data' });
  await expect(panel.locator('.import-saved__name')).toHaveText(['remainder-shares.csv']);
  await importFixture(panel, 'utf8-bom.csv');
  const { values } = await chartAndRead(panel);
  await expect(values).toHaveText(['27.16', '17.36', '7.26']);
  await context.setOffline(false);
});

const ONE_FILE = resolve('dist-single/index.html');

test('the one-file edition opened from file:// imports a file too', async ({ page }) => {
  // npm test builds the one-file edition before the browser tests; a missing build is a failure.
  expect(existsSync(ONE_FILE), 'dist-single/index.html (npm run build:single)').toBe(true);
  const errors = collectConsoleErrors(page);
  await page.goto(pathToFileURL(ONE_FILE).href);
  const panel = page.getByRole('region', { name: 'Your data' });
  await importFixture(panel, 'bps-semicolon.csv');
  await expect(fact(panel, 'rows')).toHaveText('5');
  const { values } = await chartAndRead(panel);
  await expect(values).toHaveText(['21.46%', '13.72%', '10%', '6.56%', '5.74%', '42.52%']);
  expect(errors).toEqual([]);
});
