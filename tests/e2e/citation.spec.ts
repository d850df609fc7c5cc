import { expect, firstUse, test } from './fixtures.ts';

// The citation chunk (citation-js) loads when the dialog opens: on a loaded two-core machine it takes seconds.
const CHUNK_LOAD = { timeout: 30_000 };

/** Today in the browser's calendar, as the dialog names the access date. */
function todayIn(locale: 'en-GB' | 'id-ID') {
  return new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(
    new Date(),
  );
}

test.describe('waiting for the dialog', () => {
  test.use({ waitForApp: false });
  test('the citation code is not loaded before a Cite dialog opens', async ({ page }) => {
    const citationChunks: string[] = [];
    page.on('request', (request) => {
      if (/CitationDialog|csl-locale/.test(request.url())) citationChunks.push(request.url());
    });
    await page.goto('./');
    await firstUse(page);
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-live'));
    const pmi = page.getByRole('region', { name: 'Manufacturing PMI' });
    // The app is live and the chart is used: still no citation code.
    await pmi.getByRole('button', { name: '2020' }).click();
    await expect(pmi.getByRole('button', { name: 'Cite' })).toBeVisible();
    expect(citationChunks).toEqual([]);
    await pmi.getByRole('button', { name: 'Cite' }).click();
    await expect(page.getByRole('dialog', { name: 'Cite this chart' })).toBeVisible(CHUNK_LOAD);
    await expect.poll(() => citationChunks.length).toBeGreaterThan(0);
    // English readers never load the Indonesian CSL locale.
    expect(citationChunks.filter((url) => url.includes('csl-locale'))).toEqual([]);
  });
});

test('a chart’s citation copies with the view’s permalink, today’s date and its source', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./');
  const sectors = page.getByRole('region', { name: 'Exports by sector' });
  await sectors.getByLabel('Period').selectOption('2018');
  await sectors.getByRole('button', { name: 'Cite' }).click();
  const dialog = page.getByRole('dialog', { name: 'Cite this chart' });
  await expect(dialog).toContainText(`today, ${todayIn('en-GB')},`, CHUNK_LOAD);
  await expect(dialog.getByLabel('APA (7th edition)')).toBeVisible(CHUNK_LOAD);

  await dialog.getByRole('button', { name: 'Copy APA (7th edition)' }).click();
  await expect(
    dialog.getByRole('status').filter({ hasText: 'APA (7th edition) copied.' }),
  ).toBeVisible();
  const apa = await page.evaluate(() => navigator.clipboard.readText());
  expect(apa).toBe(await dialog.getByLabel('APA (7th edition)').inputValue());
  const permalink = new URL('/?v=1&period=2018#sectors', page.url()).href;
  expect(apa).toContain(permalink);
  // The 2018 release states values only: the share is derived, and the citation says so.
  expect(apa).toContain('Food and beverages makes up ≈ 22.99% of manufacturing exports');
  expect(apa).toMatch(/Retrieved \w+ \d+, \d{4}, from/);
  expect(apa).toContain(
    'Ministry of Industry (Kemenperin). (2019). Manufacturing exports 2018 by sector.',
  );

  await dialog.getByRole('button', { name: 'Copy BibTeX' }).click();
  await expect(dialog.getByRole('status').filter({ hasText: 'BibTeX copied.' })).toBeVisible();
  const bibtex = await page.evaluate(() => navigator.clipboard.readText());
  expect(bibtex).toMatch(/^@misc\{idnmfgsectorshares,/);
  expect(bibtex).toContain('makes up approx. 22.99');
  expect(bibtex).toContain(`url = {${permalink}}`);

  await dialog.getByRole('button', { name: /Copy RIS/ }).click();
  const ris = await page.evaluate(() => navigator.clipboard.readText());
  expect(ris.split('\n')).toContain(`UR  - ${permalink}`);
  expect(ris).toMatch(/^Y2 {2}- \d{4}\/\d{1,2}\/\d{1,2}\/$/m);

  // The sources of the figures, with their release dates, also as a list to read.
  await expect(
    dialog
      .getByRole('listitem')
      .filter({ hasText: 'Manufacturing exports 2018 by sector (released 2019)' }),
  ).toBeVisible();
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();
});

test('the whole dataset is cited in Bahasa Indonesia from the footer', async ({
  page,
  context,
}) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./id/');
  await page.getByRole('button', { name: 'Kutip data dasbor' }).click();
  const dialog = page.getByRole('dialog', { name: 'Kutip data ini' });
  await expect(dialog).toContainText(`hari ini, ${todayIn('id-ID')},`, CHUNK_LOAD);
  // Formatting every source of data/ takes a moment on a slow machine.
  await expect(dialog.getByLabel('APA (edisi ke-7)')).toBeVisible(CHUNK_LOAD);
  await dialog.getByRole('button', { name: 'Salin APA (edisi ke-7)' }).click();
  await expect(
    dialog.getByRole('status').filter({ hasText: 'APA (edisi ke-7) tersalin.' }),
  ).toBeVisible();
  const apa = await page.evaluate(() => navigator.clipboard.readText());
  expect(apa).toContain('Dasbor ekspor industri pengolahan Indonesia. (t.t.).');
  expect(apa).toMatch(/Diambil \d+ \w+ \d{4}, dari /);
  expect(apa).toContain(new URL('/id/?v=1&lang=id', page.url()).href);
  // Every source of data/ follows as a reference of its own.
  expect(apa).toMatch(
    /Kementerian Perindustrian \(Kemenperin\)\. \(2020b?\)\. Kinerja ekspor industri pengolahan, Januari–Desember 2019/,
  );
  expect(apa).toContain('S&P Global Indonesia Manufacturing PMI');
});
