import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { PNG } from 'pngjs';
import { viewSlug } from '../../src/prerender/viewAddress.ts';
import { expect, test } from './fixtures.ts';

/**
 * A CMS that speaks oEmbed: it fetches an embed page's HTML, follows the
 * discovery link, reads the JSON and puts its `html` into an article on its
 * own site (here a second local port, another origin).
 */

const CHARTS = ['sector-shares', 'exports-trend', 'pmi'] as const;
const LOCALES = ['en', 'id'] as const;

let cms: Server;
let cmsOrigin = '';
/** The article body the CMS serves next, by path. */
const articles = new Map<string, string>();

test.beforeAll(async () => {
  cms = createServer((request, response) => {
    const body = articles.get(request.url ?? '');
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.statusCode = body === undefined ? 404 : 200;
    response.end(
      `<!doctype html><html lang="en"><head><title>News</title></head><body><article><h1>News</h1><p>Article text.</p>${body ?? ''}</article></body></html>`,
    );
  });
  await new Promise<void>((resolve) => cms.listen(0, '127.0.0.1', resolve));
  cmsOrigin = `http://127.0.0.1:${(cms.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => cms.close(resolve));
});

interface OEmbed {
  version: string;
  type: string;
  title: string;
  provider_name: string;
  provider_url: string;
  html: string;
  width: number;
  height: number;
  thumbnail_url: string;
  thumbnail_width: number;
  thumbnail_height: number;
}

/** What a consumer does with a page address: find the discovery link in its HTML and fetch it. */
async function discover(
  request: import('@playwright/test').APIRequestContext,
  pageUrl: string,
): Promise<{ link: { href: string; title: string }; answer: OEmbed }> {
  const html = await (await request.get(pageUrl)).text();
  const tag = /<link\b[^>]*type="application\/json\+oembed"[^>]*>/.exec(html)?.[0];
  if (!tag)
    throw new Error(
      `${pageUrl} has no oEmbed link: build with VITE_PUBLIC_URL=http://localhost:$E2E_PORT/ (npm test does).`,
    );
  const attribute = (name: string) =>
    (new RegExp(`\\s${name}="([^"]*)"`).exec(tag)?.[1] ?? '')
      .replace(/&quot;/g, '"')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&amp;/g, '&');
  expect(tag).toContain('rel="alternate"');
  const link = { href: attribute('href'), title: attribute('title') };
  const response = await request.get(link.href);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toMatch(/^application\/json/);
  return { link, answer: (await response.json()) as OEmbed };
}

for (const locale of LOCALES)
  for (const chart of CHARTS) {
    const path = `${locale === 'id' ? 'id/' : ''}embed/${chart}.html`;
    test(`oEmbed of ${path}: a CMS renders the accessible iframe with its chart`, async ({
      page,
      request,
      baseURL,
    }) => {
      const { link, answer } = await discover(request, new URL(path, baseURL).href);
      expect(answer.version).toBe('1.0');
      expect(answer.type).toBe('rich');
      expect(answer.provider_url).toBe(baseURL);
      expect(answer.provider_name.length).toBeGreaterThan(0);
      expect(Number.isInteger(answer.width) && answer.width > 0).toBe(true);
      expect(Number.isInteger(answer.height) && answer.height > 0).toBe(true);
      expect(link.title).toBe(answer.title);
      // The thumbnail is the chart's link preview.
      const thumbnail = await request.get(answer.thumbnail_url);
      expect(thumbnail.status()).toBe(200);
      const png = PNG.sync.read(await thumbnail.body());
      expect([png.width, png.height]).toEqual([answer.thumbnail_width, answer.thumbnail_height]);

      // The CMS puts the html into an article on its own origin.
      const articlePath = `/article-${locale}-${chart}`;
      articles.set(articlePath, answer.html);
      await page.goto(`${cmsOrigin}${articlePath}`);
      const iframe = page.getByTitle(answer.title);
      await expect(iframe).toHaveCount(1);
      await expect(iframe).toHaveAttribute('lang', locale);
      expect(new URL((await iframe.getAttribute('src'))!).origin).toBe(new URL(baseURL!).origin);
      const frame = page.frameLocator('iframe');
      const figure = frame.locator(`figure[data-chart="${chart}"]`);
      await expect(figure).toBeVisible();
      await expect(figure.locator('.chart-frame__title')).toHaveText(answer.title);
      await expect(figure.locator('svg').filter({ visible: true }).first()).toBeVisible();
      // embed-host.js came with the html: it sizes the iframe to the chart.
      const content = frame.locator('#root > .embed');
      await expect
        .poll(async () => {
          const [outer, inner] = [await iframe.boundingBox(), await content.boundingBox()];
          return outer && inner ? Math.abs(outer.height - Math.ceil(inner.height)) : Infinity;
        })
        .toBeLessThan(2);
    });
  }

test('the oEmbed html is exactly the code the embed dialog writes for that view', async ({
  page,
  request,
  baseURL,
}) => {
  for (const locale of LOCALES) {
    // The dashboard in the embed's language (the dialog names the iframe in the page's language).
    await page.goto(locale === 'id' ? 'id/' : './');
    for (const chart of CHARTS) {
      const path = `${locale === 'id' ? 'id/' : ''}embed/${chart}.html`;
      const { answer } = await discover(request, new URL(path, baseURL).href);
      await page
        .locator(`figure[data-chart="${chart}"]`)
        .getByRole('button', { name: locale === 'id' ? 'Sematkan' : 'Embed' })
        .click();
      const dialog = page.getByRole('dialog');
      await expect(dialog.locator('textarea')).toHaveValue(answer.html);
      await dialog.getByRole('button', { name: locale === 'id' ? 'Tutup' : 'Close' }).click();
    }
  }
});

test('an embed view with a page of its own has its own oEmbed answer: the dialog’s code for that view', async ({
  page,
  request,
  baseURL,
}) => {
  await page.goto('./');
  const pmi = page.locator('section#pmi');
  await pmi.getByRole('button', { name: '2020' }).click();
  await pmi.getByRole('button', { name: 'Embed' }).click();
  const code = await page.getByRole('dialog').locator('textarea').inputValue();
  const { link, answer } = await discover(
    request,
    new URL(`embed/pmi/${viewSlug('pmi=2020-01..2020-12')}.html`, baseURL).href,
  );
  expect(answer.html).toBe(code);
  expect(answer.html).toContain('pmi=2020-01..2020-12');
  expect(link.title).toBe(answer.title);
  // The CMS shows that view.
  articles.set('/article-pmi-2020', answer.html);
  await page.goto(`${cmsOrigin}/article-pmi-2020`);
  const frame = page.frameLocator('iframe');
  await expect(frame.locator('figure[data-chart="pmi"] .chart-frame__title')).toHaveText(
    answer.title,
  );
  await expect(frame.locator('figure[data-chart="pmi"] .chart-frame__subtitle')).toContainText(
    'January 2020–December 2020',
  );
});
