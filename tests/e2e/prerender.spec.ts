import { expect, test } from '@playwright/test';

/** Holds back the app's JavaScript (not public/boot.js), to see the first paint alone. */
async function blockApp(page: import('@playwright/test').Page) {
  await page.route(/\/assets\/.*\.js$/, (route) => route.abort());
}

test('before any app code runs, the page already shows the dashboard’s figures and chart frames', async ({
  page,
}) => {
  await blockApp(page);
  await page.goto('./');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(
    "Indonesia's manufacturing exports",
  );
  await expect(page.locator('[data-kpi="exports"] .kpi__value:visible')).toHaveText(
    '126.57 billion USD',
  );
  await expect(page.locator('[data-kpi="pmi-low"] .kpi__value:visible')).toHaveText('27.5');
  await expect(page.getByText('Food makes up 21.46% of manufacturing exports')).toBeVisible();
  await expect(page.getByText('The PMI fell to a record low of 27.5 in April 2020')).toBeVisible();
  // Static until the app arrives: nothing there takes clicks.
  await expect(page.locator('.prerendered[lang="en"]')).toHaveAttribute('inert', '');
});

test('an Indonesian reader’s first paint is in Bahasa Indonesia', async ({ browser }) => {
  const page = await browser.newPage({ locale: 'id-ID' });
  await blockApp(page);
  await page.goto('./');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(page.locator('[data-kpi="exports"] .kpi__value:visible')).toHaveText(
    '126,57 miliar USD',
  );
  await expect(page.getByText('Food makes up 21.46% of manufacturing exports')).toBeHidden();
  await page.close();
});

test('an embed’s first paint shows none of the dashboard', async ({ page }) => {
  await blockApp(page);
  await page.goto('./?embed=pmi');
  await expect(page.locator('.prerendered')).toHaveCount(2);
  for (const view of await page.locator('.prerendered').all()) await expect(view).toBeHidden();
});

test('once the app runs, the prerendered view is replaced by the live one with the same layout', async ({
  page,
}) => {
  await page.goto('./');
  await expect(page.locator('.recharts-surface')).toHaveCount(3);
  await expect(page.locator('.prerendered')).toHaveCount(0);
  await expect(page.locator('[data-kpi="exports"] .kpi__value')).toHaveText('126.57 billion USD');
});
