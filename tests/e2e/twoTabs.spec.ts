/**
 * Two tabs and one browser's IndexedDB (issue 11 #5): datasets charted in
 * both tabs at the same moment are all kept, and each tab's list follows the
 * other's changes without a reload.
 */
import { expect, test } from './fixtures.ts';
import type { Locator, Page } from '@playwright/test';

const FIXTURES = 'tests/fixtures/import';

async function openPanel(page: Page): Promise<Locator> {
  await page.goto('./');
  const panel = page.getByRole('region', { name: 'Your data' });
  await expect(panel.getByLabel('Choose a CSV file')).toBeVisible();
  return panel;
}

const keptNames = (panel: Locator) =>
  panel.getByRole('region', { name: 'Kept in this browser' }).locator('.import-saved__name');

test('datasets charted in two tabs at once are all kept, and the lists stay in step', async ({
  context,
}) => {
  test.setTimeout(120_000);
  const tabA = await openPanel(await context.newPage());
  const tabB = await openPanel(await context.newPage());
  const files = ['bps-semicolon.csv', 'utf8-bom.csv', 'remainder-shares.csv'];

  for (const file of files) {
    await tabA.getByLabel('Choose a CSV file').setInputFiles(`${FIXTURES}/${file}`);
    await tabB.getByLabel('Choose a CSV file').setInputFiles(`${FIXTURES}/${file}`);
    const chartA = tabA.getByRole('button', { name: 'Chart this data' });
    const chartB = tabB.getByRole('button', { name: 'Chart this data' });
    await expect(chartA).toBeEnabled();
    await expect(chartB).toBeEnabled();
    // Both saves race: a read-then-write index lost some of them.
    await Promise.all([chartA.click(), chartB.click()]);
  }
  // Six kept, and each tab lists all six without a reload.
  await expect(keptNames(tabA)).toHaveCount(6);
  await expect(keptNames(tabB)).toHaveCount(6);

  // A rename in one tab shows in the other.
  const keptA = tabA.getByRole('region', { name: 'Kept in this browser' });
  await keptA.getByRole('button', { name: 'Rename “bps-semicolon.csv”' }).first().click();
  const field = keptA.getByLabel('New name for “bps-semicolon.csv”');
  await field.fill('Ekspor 2019');
  await field.press('Enter');
  await expect(keptNames(tabB).filter({ hasText: 'Ekspor 2019' })).toHaveCount(1);

  // A delete in the other tab shows in the first.
  const keptB = tabB.getByRole('region', { name: 'Kept in this browser' });
  await keptB.getByRole('button', { name: 'Delete “Ekspor 2019”' }).click();
  await expect(keptNames(tabA)).toHaveCount(5);
  await expect(keptNames(tabA).filter({ hasText: 'Ekspor 2019' })).toHaveCount(0);

  // And after a reload, the five are still there.
  const page = tabA.page();
  await page.reload();
  await expect(keptNames(page.getByRole('region', { name: 'Your data' }))).toHaveCount(5);
});
