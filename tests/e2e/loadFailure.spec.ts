/**
 * Code that cannot be loaded (a network blip, a deploy while a tab is open) never leaves a page
 * that looks loaded but is dead: each load is tried again, then the reader is told, in their
 * language, to reload, with a button that does.
 */
import { expect, firstUse, startApp, test } from './fixtures.ts';

// page.route cannot see what a service worker fetches: the worker each page registers on load
// would fetch the files these tests make fail.
test.use({ serviceWorkers: 'block' });

test.use({ waitForApp: false });

test('the dashboard’s code failing to load says so, and Reload recovers', async ({ page }) => {
  await page.route(/\/assets\/DashboardApp-[\w-]+\.js$/, (route) => route.abort());
  await page.goto('./');
  await firstUse(page);
  const alert = page.getByRole('alert').filter({ hasText: 'could not be loaded' });
  await expect(alert).toBeVisible({ timeout: 15_000 });
  // The network is back: the button reloads into a working page.
  await page.unrouteAll();
  await alert.getByRole('button', { name: 'Reload the page' }).click();
  await startApp(page);
  await expect(page.getByRole('alert')).toHaveCount(0);
});

test('the page’s first script failing to load says so, in Bahasa Indonesia on the Indonesian page', async ({
  page,
}) => {
  await page.route(/\/assets\/index-[\w-]+\.js$/, (route) => route.abort());
  await page.goto('./id/');
  await firstUse(page);
  await expect(page.getByRole('alert')).toContainText('tidak dapat dimuat', { timeout: 15_000 });
  await expect(page.getByRole('button', { name: 'Muat ulang halaman' })).toBeVisible();
});

test('a chart drawing failing to load gives that panel the reload notice; the rest works', async ({
  page,
}) => {
  await page.route(/\/assets\/PmiDrawing-[\w-]+\.js$/, (route) => route.abort());
  await page.goto('./');
  await startApp(page);
  const pmi = page.getByRole('region', { name: 'Manufacturing PMI' });
  await pmi.locator('.chart').scrollIntoViewIfNeeded();
  await pmi.locator('.chart').hover();
  await expect(pmi.getByRole('alert')).toContainText('This part of the page could not be loaded', {
    timeout: 15_000,
  });
  await expect(pmi.getByRole('button', { name: 'Reload the page' })).toBeVisible();
  await expect(page.locator('[data-kpi="exports"] .kpi__value')).toHaveText('196.54 billion USD');
});

test('an embed whose chart code fails says so inside the frame', async ({ page }) => {
  await page.route(/\/assets\/PmiPanel-[\w-]+\.js$/, (route) => route.abort());
  await page.goto('./embed/pmi.html');
  await page.locator('.chart').hover();
  await expect(page.getByRole('alert')).toContainText('could not be loaded', { timeout: 15_000 });
});
