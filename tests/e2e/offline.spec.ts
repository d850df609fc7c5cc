import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { expect, test } from './fixtures.ts';

test('after the first visit the dashboard works with the network off', async ({
  page,
  context,
}) => {
  await page.goto('./');
  await expect(page.locator('.recharts-surface:visible')).toHaveCount(3);
  // The service worker has precached every asset and data file once it is active.
  await page.evaluate(async () => {
    const registration = await navigator.serviceWorker.ready;
    return registration.active?.state;
  });
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('[data-kpi="exports"] .kpi__value')).toHaveText('196.54 billion USD');
  await expect(page.locator('.recharts-surface:visible')).toHaveCount(3);
  // Every data file, not only those of the first view: switch period and language offline.
  await page
    .getByRole('region', { name: 'Exports by sector' })
    .getByLabel('Period')
    .selectOption('2018');
  await expect(page.getByText('Food and beverages', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await expect(page.locator('[data-kpi="exports"] .kpi__value')).toHaveText('US$196,54 miliar');
  await context.setOffline(false);
});

test('citations work offline: the citation chunk and the Indonesian CSL locale are precached', async ({
  page,
  context,
}) => {
  await page.goto('./id/');
  // Active means installed: every precached file is in the cache.
  await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
  await context.setOffline(true);
  await page.reload();
  await page
    .getByRole('region', { name: 'PMI manufaktur' })
    .getByRole('button', { name: 'Kutip' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Kutip grafik ini' });
  await expect(dialog.getByLabel('APA (edisi ke-7)')).toHaveValue(/Diambil \d+ \w+ \d{4}, dari/, {
    timeout: 30_000,
  });
  await context.setOffline(false);
});

test('a first visit to the Indonesian page makes the whole app work offline, from its root', async ({
  page,
  context,
}) => {
  await page.goto('./id/');
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(new URL(scope).pathname).toBe('/');
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await context.setOffline(true);
  await page.reload();
  await expect(page.locator('[data-kpi="exports"] .kpi__value')).toHaveText('US$196,54 miliar');
  await page.goto('./embed/pmi.html');
  await expect(page.locator('[data-chart="pmi"] .recharts-line-curve:visible')).toHaveCount(1);
  await context.setOffline(false);
});

test('the one-file edition opened from file:// renders all charts and makes no request', async ({
  page,
}) => {
  const file = pathToFileURL(resolve('dist-single/index.html')).href;
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(file);
  await expect(page.locator('.recharts-surface:visible')).toHaveCount(3);
  await expect(page.locator('[data-kpi="pmi-low"] .kpi__value')).toHaveText('27.5');
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await page
    .getByRole('region', { name: 'PMI manufaktur' })
    .getByRole('button', { name: 'Tabel' })
    .click();
  await expect(
    page.getByRole('region', { name: 'PMI manufaktur' }).getByRole('table'),
  ).toBeVisible();
  expect(
    requests.filter((url) => url !== file && !url.startsWith('data:') && !url.startsWith('blob:')),
  ).toEqual([]);
  expect(errors).toEqual([]);
});

test('the one-file edition downloads a chart image from file://', async ({ page }) => {
  await page.goto(pathToFileURL(resolve('dist-single/index.html')).href);
  const sectors = page.getByRole('region', { name: 'Exports by sector' });
  await expect(sectors.locator('.recharts-surface:visible')).toBeVisible();
  await sectors.getByRole('button', { name: 'Download' }).click();
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('dialog').getByRole('button', { name: 'SVG' }).click(),
  ]);
  // Named by chart and period (the sector chart's default period).
  expect(download.suggestedFilename()).toMatch(
    /^indonesia-manufacturing-sector-shares-[\w-]+\.svg$/,
  );
});

test('the one-file edition cites a chart in Bahasa Indonesia from file://, with no request', async ({
  page,
}) => {
  const file = pathToFileURL(resolve('dist-single/index.html')).href;
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  await page.addInitScript(() => {
    const win = window as unknown as { violations: string[] };
    win.violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      win.violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
    );
  });
  await page.goto(file);
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await page
    .getByRole('region', { name: 'Ekspor menurut sektor' })
    .getByRole('button', { name: 'Kutip' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'Kutip grafik ini' });
  await expect(dialog.getByLabel('BibTeX')).toHaveValue(/^@misc\{idnmfgsectorshares,/, {
    timeout: 30_000,
  });
  await expect(dialog.getByLabel('APA (edisi ke-7)')).toHaveValue(/Diambil /);
  expect(
    requests.filter((url) => url !== file && !url.startsWith('data:') && !url.startsWith('blob:')),
  ).toEqual([]);
  expect(
    await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
  ).toEqual([]);
});

test('the one-file edition carries its own CSP (inline code allowed by hash) and no feature violates it', async ({
  page,
}) => {
  await page.addInitScript(() => {
    const win = window as unknown as { violations: string[] };
    win.violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      win.violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
    );
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(pathToFileURL(resolve('dist-single/index.html')).href);
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toMatch(/script-src( 'sha256-[A-Za-z0-9+/]+=*')+;/);
  expect(csp).toMatch(/style-src( 'sha256-[A-Za-z0-9+/]+=*')+;/);
  expect(csp).not.toContain('unsafe');
  await expect(page.locator('.recharts-surface')).toHaveCount(3);

  // Language, table view, image downloads (canvas from a data: URL), CSV import (blob: worker).
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await page.getByRole('button', { name: 'English' }).click();
  const pmi = page.getByRole('region', { name: 'Manufacturing PMI' });
  await pmi.getByRole('button', { name: 'Table' }).click();
  await expect(pmi.getByRole('table')).toBeVisible();
  await pmi.getByRole('button', { name: 'Chart' }).click();
  for (const format of [/PNG/, 'SVG']) {
    await pmi.getByRole('button', { name: 'Download' }).click();
    await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('dialog').getByRole('button', { name: format }).click(),
    ]);
    await page.keyboard.press('Escape');
  }
  const yourData = page.getByRole('region', { name: 'Your data' });
  await yourData
    .getByLabel('Choose a CSV file')
    .setInputFiles('tests/fixtures/import/bps-semicolon.csv');
  await expect(yourData.locator('.import-report')).toBeVisible();
  await yourData.getByRole('button', { name: 'Chart this data' }).click();
  await expect(yourData.locator('.import-chart .recharts-surface')).toBeVisible();

  const violations = await page.evaluate(
    () => (window as unknown as { violations: string[] }).violations,
  );
  expect(violations).toEqual([]);
  expect(errors).toEqual([]);
});

for (const path of ['./', './embed/pmi.html', './chart/pmi.html'])
  test(`a reader who only reads ${path} gets the offline copy: no use, the worker takes charge, offline reload shows the charts`, async ({
    browser,
    baseURL,
  }) => {
    // A fresh context and a page without the fixtures' first use: load, do nothing.
    const context = await browser.newContext({ baseURL });
    const page = await context.newPage();
    await page.goto(path);
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), {
        timeout: 30_000,
      })
      .toBe(true);
    // Still no app code: registration is the boot script's, not the app's.
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-live'))).toBe(
      false,
    );
    await context.setOffline(true);
    await page.reload();
    const charts = path.includes('embed') ? 1 : 3;
    await expect(page.locator('.recharts-surface:visible')).toHaveCount(charts);
    if (!path.includes('embed'))
      await expect(page.locator('[data-kpi="exports"] .kpi__value')).toHaveText(
        '196.54 billion USD',
      );
    else await expect(page.locator('.chart-frame__source')).toContainText('S&P Global');
    await context.close();
  });
