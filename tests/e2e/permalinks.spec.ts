import { expect, test } from './fixtures.ts';

test('the URL keeps the view and a copied URL restores it exactly', async ({ page, browser }) => {
  await page.goto('./');
  const sectors = page.getByRole('region', { name: 'Exports by sector' });
  await sectors.getByLabel('Period').selectOption('2018');
  await sectors.getByRole('button', { name: 'Donut' }).click();
  const pmi = page.getByRole('region', { name: 'Manufacturing PMI' });
  await pmi.getByRole('button', { name: '2021' }).click();
  const trend = page.getByRole('region', { name: 'Exports by year' });
  await trend.getByRole('button', { name: 'Table' }).click();
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  await page.getByRole('button', { name: 'Gelap' }).click();
  await expect(page).toHaveURL(/period=2018/);
  const url = page.url();
  expect(url).toContain('pmi=2021-01..2021-12');
  expect(url).toContain('view=exports-trend:table');
  expect(url).toContain('kind=donut');
  expect(url).toContain('lang=id');
  expect(url).toContain('theme=dark');

  // A reader with an English browser and no stored preference opens the link.
  const reader = await browser.newPage({ locale: 'en-US' });
  await reader.goto(url);
  await expect(reader.locator('html')).toHaveAttribute('lang', 'id');
  await expect(reader.locator('html')).toHaveAttribute('data-theme', 'dark');
  const readerSectors = reader.getByRole('region', { name: 'Ekspor menurut sektor' });
  await expect(readerSectors.getByLabel('Periode')).toHaveValue('2018');
  await expect(readerSectors.getByRole('button', { name: 'Donat' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  await expect(
    reader.getByRole('region', { name: 'Ekspor menurut tahun' }).getByRole('table'),
  ).toBeVisible();
  await expect(reader.getByText('PMI manufaktur, Januari 2021 sampai Desember 2021')).toBeVisible();
  await reader.close();
});

test('malformed and unknown parameters fall back to defaults without breaking the page', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(
    './?v=1&period=1999&pmi=banana&view=pmi:sideways&lang=xx&theme=%3Cscript%3E&foo=bar',
  );
  await expect(page.locator('[data-kpi="exports"] .kpi__value')).toHaveText('196.54 billion USD');
  await expect(
    page.getByRole('region', { name: 'Exports by sector' }).getByLabel('Period'),
  ).toHaveValue('2019');
  await expect(
    page.getByText(
      'The PMI fell to 27.5 in April 2020, its lowest since the survey began (April 2011)',
    ),
  ).toBeVisible();
  expect(errors).toEqual([]);
});

test('an old (version 0) link still opens the view it meant', async ({ page }) => {
  await page.goto('./?year=2018&lang=in');
  await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  await expect(
    page.getByRole('region', { name: 'Ekspor menurut sektor' }).getByLabel('Periode'),
  ).toHaveValue('2018');
});
