import { PNG } from 'pngjs';
import type { Page } from '@playwright/test';
import { expect, test } from '@playwright/test';
import { startApp } from './fixtures.ts';
import { currentDataVersion } from './helpers.ts';

/**
 * Link previews as a crawler (WhatsApp, Facebook, Twitter/X, Slack) reads
 * them: the page's HTML with no JavaScript, its og:/twitter: tags, and the
 * image they name. Needs a build that names its public address, as `npm test`
 * makes it (VITE_PUBLIC_URL=http://localhost:$E2E_PORT/).
 */

const CHARTS = ['sector-shares', 'exports-trend', 'pmi'] as const;
const LOCALES = ['en', 'id'] as const;
const OG_LOCALE = { en: 'en_US', id: 'id_ID' } as const;

const prefix = (locale: (typeof LOCALES)[number]) => (locale === 'id' ? 'id/' : '');
const PAGES = LOCALES.flatMap((locale) => [
  { path: prefix(locale), locale, chart: null },
  ...CHARTS.map((chart) => ({ path: `${prefix(locale)}chart/${chart}.html`, locale, chart })),
  ...CHARTS.map((chart) => ({ path: `${prefix(locale)}embed/${chart}.html`, locale, chart })),
]);

test.use({ javaScriptEnabled: false });

async function meta(page: Page, key: string): Promise<string | null> {
  const attr = key.startsWith('og:') ? 'property' : 'name';
  const tags = page.locator(`meta[${attr}="${key}"]`);
  const count = await tags.count();
  if (count > 1) throw new Error(`${key} appears ${count} times on ${page.url()}`);
  return count === 0 ? null : tags.getAttribute('content');
}

for (const { path, locale, chart } of PAGES) {
  test(`${path || '(dashboard)'} carries its link preview tags`, async ({ page, baseURL }) => {
    await page.goto(path);
    const ogImage = await meta(page, 'og:image');
    if (ogImage === null)
      throw new Error(
        'No og:image: build with VITE_PUBLIC_URL=http://localhost:$E2E_PORT/ (npm test does).',
      );
    const address = new URL(path, baseURL).href;
    expect(await meta(page, 'og:url')).toBe(address);
    expect(await meta(page, 'og:type')).toBe('website');
    expect(await meta(page, 'og:locale')).toBe(OG_LOCALE[locale]);
    expect(await meta(page, 'og:locale:alternate')).toBe(OG_LOCALE[locale === 'en' ? 'id' : 'en']);
    await expect(page.locator('html')).toHaveAttribute('lang', locale);

    // Title and description: the chart's own finding and summary, as the page prints them.
    const title = await meta(page, 'og:title');
    const description = await meta(page, 'og:description');
    if (chart) {
      const figure = page.locator(`figure[data-chart="${chart}"]`);
      await expect(figure.locator('.chart-frame__title')).toHaveText(title!);
      await expect(figure.locator('.chart-frame__summary')).toHaveText(description!);
    } else {
      await expect(page.locator('h1')).toHaveText(title!);
      await expect(page.locator('.site-lede')).toHaveText(description!);
    }
    expect(await page.title()).toContain(title!);
    expect(await meta(page, 'twitter:title')).toBe(title);
    expect(await meta(page, 'twitter:description')).toBe(description);
    expect(await page.locator('meta[name="description"]').getAttribute('content')).toBe(
      description,
    );

    // The image: absolute, on this site, 1200 × 630, with a text alternative.
    expect(ogImage).toBe(new URL(ogImage, 'http://unused.invalid/').href);
    expect(new URL(ogImage).origin).toBe(new URL(baseURL!).origin);
    expect(await meta(page, 'og:image:width')).toBe('1200');
    expect(await meta(page, 'og:image:height')).toBe('630');
    expect(await meta(page, 'og:image:type')).toBe('image/png');
    // The dashboard's image is its lead chart (exports by sector): the text alternative says which.
    const pictured = page.locator(`figure[data-chart="${chart ?? 'sector-shares'}"]`);
    const alt = await meta(page, 'og:image:alt');
    expect(alt).toBe(
      `${await pictured.locator('.chart-frame__title').textContent()}. ${await pictured.locator('.chart-frame__summary').textContent()}`,
    );
    expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
    expect(await meta(page, 'twitter:image')).toBe(ogImage);
    expect(await meta(page, 'twitter:image:alt')).toBe(alt);
  });
}

/** Share of pixels that differ from the top-left (background) pixel, and how many colours there are. */
function inkOf(png: PNG): { ink: number; colours: number } {
  const [r, g, b] = png.data;
  const colours = new Set<number>();
  let differing = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    const [pr, pg, pb] = [png.data[i]!, png.data[i + 1]!, png.data[i + 2]!];
    colours.add((pr << 16) | (pg << 8) | pb);
    if (Math.abs(pr - r!) + Math.abs(pg - g!) + Math.abs(pb - b!) > 48) differing++;
  }
  return { ink: differing / (png.width * png.height), colours: colours.size };
}

test('every preview image decodes as a 1200 × 630 PNG with a chart on it', async ({
  page,
  request,
}) => {
  const images = new Set<string>();
  for (const { path } of PAGES) {
    await page.goto(path);
    const image = await meta(page, 'og:image');
    expect(image, `og:image of ${path}`).not.toBeNull();
    images.add(image!);
  }
  // Each chart and the dashboard, in two languages.
  expect(images.size).toBe((CHARTS.length + 1) * LOCALES.length);
  const charts = new Map<string, Buffer>();
  for (const url of images) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type']).toBe('image/png');
    const body = await response.body();
    const png = PNG.sync.read(body);
    expect([png.width, png.height], url).toEqual([1200, 630]);
    const { ink, colours } = inkOf(png);
    // Text, axes, bars or a line, and a title: several per cent of the card, in several colours.
    expect(ink, `${url}: share of non-background pixels`).toBeGreaterThan(0.03);
    expect(colours, `${url}: colours`).toBeGreaterThan(20);
    charts.set(url, body);
  }
  // Each chart's image is its own (the dashboard's is its lead chart's).
  expect(new Set([...charts.values()].map((body) => body.toString('base64'))).size).toBe(
    CHARTS.length * LOCALES.length,
  );
});

test('a shared chart link reads as a crawler sees it: title, description and an image that loads', async ({
  page,
  request,
}) => {
  // A permalink with a view: the preview is the chart's default view.
  await page.goto('chart/pmi.html?v=1&pmi=2020-01..2020-12');
  await expect(page).toHaveTitle(/^The PMI fell to 27\.5 in April 2020/);
  const description = await page.locator('meta[name="description"]').getAttribute('content');
  expect(description).toMatch(/^From May 2013 to February 2026 the PMI ranged/);
  const image = await meta(page, 'og:image');
  const response = await request.get(image!);
  expect(response.ok()).toBe(true);
  expect(PNG.sync.read(await response.body()).width).toBe(1200);
  // Without JavaScript the page is the dashboard, with the chart drawn.
  await expect(page.locator('figure[data-chart="pmi"] svg').first()).toBeAttached();
});

test.describe('with JavaScript', () => {
  test.use({ javaScriptEnabled: true });

  test('a chart page opens the dashboard at the chart, shows the linked view and keeps its address', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const subtitle = page.locator('figure[data-chart="pmi"] .chart-frame__subtitle');
    await page.goto('./?v=1&pmi=2020-01..2020-12');
    await startApp(page);
    const linkedSubtitle = await subtitle.textContent();

    await page.goto('chart/pmi.html?v=1&pmi=2020-01..2020-12');
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-live'));
    await expect(subtitle).toHaveText(linkedSubtitle!);
    expect(linkedSubtitle).toContain('2020');
    const top = await page.locator('#pmi').evaluate((node) => node.getBoundingClientRect().top);
    expect(top).toBeGreaterThanOrEqual(-1);
    expect(top).toBeLessThan(100);
    expect(new URL(page.url()).pathname).toBe('/chart/pmi.html');

    // The other language is that language's chart page.
    await page.goto('chart/exports-trend.html?lang=id');
    await expect(page).toHaveURL(/\/id\/chart\/exports-trend\.html(\?|$)/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
  });

  test('a chart page at its default view scrolls to the chart and loads no app code until used', async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const scripts: string[] = [];
    page.on('request', (request) => {
      if (request.resourceType() === 'script') scripts.push(request.url());
    });
    await page.goto('chart/pmi.html', { waitUntil: 'load' });
    await expect
      .poll(() => page.locator('#pmi').evaluate((node) => node.getBoundingClientRect().top))
      .toBeLessThan(100);
    // A few frames after the page's own scroll: still painted only, nothing fetched.
    await page.waitForTimeout(300);
    expect(scripts).toEqual([]);
    expect(await page.evaluate(() => document.documentElement.hasAttribute('data-live'))).toBe(
      false,
    );
    await startApp(page);
    expect(scripts.length).toBeGreaterThan(0);
  });

  test('the embed dialog gives the chart page, with the view, as the link to share', async ({
    page,
    baseURL,
  }) => {
    await page.goto('./');
    await startApp(page);
    const pmi = page.locator('section#pmi');
    await pmi.getByRole('button', { name: '2020' }).click();
    await pmi.getByRole('button', { name: 'Embed' }).click();
    const dialog = page.getByRole('dialog', { name: 'Embed this chart' });
    await dialog.getByLabel('Language').selectOption('id');
    const link = await dialog.getByLabel('Link', { exact: true }).inputValue();
    expect(link).toBe(
      new URL(
        `id/chart/pmi.html?v=1&pmi=2020-01..2020-12&lang=id&data=${currentDataVersion()}`,
        baseURL,
      ).href,
    );
    await page.goto(link);
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-live'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'id');
    await expect(page.locator('figure[data-chart="pmi"] .chart-frame__subtitle')).toContainText(
      'Januari 2020–Desember 2020',
    );
  });

  test('with the service worker in charge, a chart link is its chart page, also offline once visited', async ({
    page,
    context,
  }) => {
    await page.goto('./');
    await startApp(page);
    await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state);
    await page.reload();
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
    // Not the cached dashboard page (its assets are at ./, the chart page's at ../).
    await page.goto('chart/pmi.html?v=1&pmi=2020-01..2020-12');
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-live'));
    expect(new URL(page.url()).pathname).toBe('/chart/pmi.html');
    await expect(page.locator('html')).toHaveAttribute('data-share', 'pmi');
    await context.setOffline(true);
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-share', 'pmi');
    await expect(page.locator('figure[data-chart="pmi"] .chart-frame__title')).toBeVisible();
    await context.setOffline(false);
  });
});
