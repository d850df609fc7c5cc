import { expect, test } from './fixtures.ts';
import { currentDataVersion } from './helpers.ts';

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

test('a link made with older data says what changed since: the figure as shared beside the figure now', async ({
  page,
}) => {
  const current = currentDataVersion();
  await page.goto('./?v=1&data=1');
  const note = page.getByRole('complementary', {
    name: 'The data has changed since this link was made',
  });
  await expect(note).toContainText(`The link was made with data version 1 (`);
  await expect(note).toContainText(
    'Manufacturing exports, year 2019, manufacturing exports (billion USD): 126.57 when the link was made, 127.38 now',
  );
  await expect(note.getByRole('link', { name: 'What changed' })).toHaveAttribute(
    'href',
    `./changes.html#v${current}`,
  );
  // The chart draws the figure now.
  await expect(page.locator('[data-chart="exports-trend"]')).toContainText('127.38');
  // Hidden, the note is gone and so is the link's version: a copied address reads as now.
  await note.getByRole('button', { name: 'Hide this note' }).click();
  await expect(note).toBeHidden();
  await expect.poll(() => new URL(page.url()).searchParams.get('data')).toBeNull();

  // A link made with the data now says nothing.
  await page.goto(`./?v=1&data=${current}`);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-live'));
  await expect(page.locator('.since-link')).toHaveCount(0);
});

test('an embed made with older data says so inside the embed, in its language, with no touch', async ({
  page,
}) => {
  await page.goto('./id/embed/exports-trend.html?v=1&lang=id&data=1');
  const note = page.getByRole('complementary', {
    name: 'Data telah berubah sejak tautan ini dibuat',
  });
  await expect(note).toContainText('127,38');
  await expect(note).toContainText('126,57 saat tautan dibuat, kini 127,38');
  // The PMI embed's link saw months added and no figure revised.
  await page.goto('./embed/pmi.html?v=1&data=1');
  const pmiNote = page.getByRole('complementary', {
    name: 'The data has changed since this link was made',
  });
  await expect(pmiNote).toContainText(/Figures added since: \d+\./);
  await expect(pmiNote.locator('li')).toHaveCount(0);
});
