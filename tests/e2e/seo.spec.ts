import { expect, test } from './fixtures.ts';

test('robots.txt is plain text naming the sitemap', async ({ request, baseURL }) => {
  const response = await request.get('robots.txt');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^text\/plain/);
  expect(await response.text()).toContain(`Sitemap: ${baseURL}sitemap.xml`);
});

test('the sitemap lists the dashboard and every chart page in both languages, with hreflang and lastmod', async ({
  request,
  baseURL,
}) => {
  const response = await request.get('sitemap.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/xml/);
  const xml = await response.text();
  const locs = [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]);
  for (const path of ['', 'id/', 'chart/pmi.html', 'id/chart/sector-shares.html'])
    expect(locs).toContain(`${baseURL}${path}`);
  expect(xml).toContain(`hreflang="x-default" href="${baseURL}"`);
  expect(xml).toMatch(/<lastmod>\d{4}-\d{2}/);
  // Every address it names is a page that answers.
  for (const loc of locs) expect((await request.get(loc!)).status(), loc).toBe(200);
});

test('an unknown path answers 404 with a page that leads home; the oEmbed answers are JSON', async ({
  request,
  page,
}) => {
  const missing = await request.get('no/such/page');
  expect(missing.status()).toBe(404);
  expect(missing.headers()['content-type']).toMatch(/^text\/html/);
  expect(await missing.text()).not.toContain('data-prerendered');
  const oembed = await request.get('oembed/pmi.json');
  expect(oembed.headers()['content-type']).toMatch(/^application\/json/);
  await page.goto('./no-such-page');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Go to the dashboard' })).toHaveAttribute(
    'href',
    /\/$/,
  );
});

for (const [path, canonical] of [
  ['./', ''],
  ['./id/', 'id/'],
  ['./chart/pmi.html', 'chart/pmi.html'],
  ['./id/embed/pmi.html', 'id/embed/pmi.html'],
] as const)
  test(`${path} names its canonical address`, async ({ page, baseURL }) => {
    await page.goto(path);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
      'href',
      `${baseURL}${canonical}`,
    );
    await expect(page.locator('link[rel="alternate"][hreflang="x-default"]')).toHaveCount(1);
  });

for (const path of ['./', './id/chart/pmi.html'])
  test(`the footer of ${path} leads to the data package, the one-file edition, the help and the terms, and no link 404s`, async ({
    page,
  }) => {
    await page.goto(path);
    const footer = page.getByRole('contentinfo');
    const nav = footer.getByRole('navigation');
    const names =
      path === './'
        ? [
            'Data package',
            'One-file edition',
            'How to embed',
            'How to cite',
            'Code licence',
            'Data terms',
          ]
        : [
            'Paket data',
            'Edisi satu berkas',
            'Cara menyematkan',
            'Cara mengutip',
            'Lisensi kode',
            'Ketentuan data',
          ];
    for (const name of names)
      await expect(nav.getByRole('link', { name: new RegExp(name) })).toBeVisible();
    for (const href of await nav
      .getByRole('link')
      .evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).href))) {
      if (href.includes('#')) await expect(page.locator(`#${href.split('#')[1]}`)).toBeAttached();
      else expect((await page.request.get(href)).status(), href).toBe(200);
    }
    await expect(footer).toContainText('S&P Global');
  });
