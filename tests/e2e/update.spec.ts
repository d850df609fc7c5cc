import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

/**
 * A deploy while the dashboard is open in two tabs. The build is served from
 * a copy (a server of our own), so the test can publish a new service worker.
 */
const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};

let site = '';
let server: Server;
let origin = '';

test.beforeAll(async () => {
  site = await mkdtemp(join(tmpdir(), 'idn-update-'));
  await cp('dist', site, { recursive: true });
  server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://localhost').pathname;
    const file = normalize(join(site, path.endsWith('/') ? `${path}index.html` : path));
    if (!file.startsWith(site)) {
      response.writeHead(403).end();
      return;
    }
    readFile(file).then(
      (body) => {
        response.writeHead(200, {
          'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-cache',
        });
        response.end(body);
      },
      () => response.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
  await rm(site, { recursive: true, force: true });
});

/** Opens the dashboard under the service worker and marks the page, so a reload shows. */
async function openControlled(page: Page): Promise<void> {
  await page.goto(`${origin}/`);
  await page.evaluate(async () => navigator.serviceWorker.ready);
  // The worker takes no page it did not load (no clientsClaim): load once more under it.
  await page.reload();
  await expect
    .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
    .toBe(true);
  await expect(page.locator('.recharts-surface:visible')).toHaveCount(3);
  await page.evaluate(() => ((window as unknown as { notReloaded: boolean }).notReloaded = true));
}

const notReloaded = (page: Page) =>
  page.evaluate(() => (window as unknown as { notReloaded?: boolean }).notReloaded === true);

test('"Reload" into a new version reloads only the tab that asked; another keeps its banner and its import', async ({
  context,
}) => {
  const asking = await context.newPage();
  const other = await context.newPage();
  await openControlled(asking);
  await openControlled(other);

  // An import under review in the other tab.
  const yourData = other.getByRole('region', { name: 'Your data' });
  await yourData
    .getByLabel('Choose a CSV file')
    .setInputFiles('tests/fixtures/import/bps-semicolon.csv');
  await expect(yourData.locator('.import-report')).toBeVisible();

  // Deploy: a new service worker, found by both tabs.
  const worker = join(site, 'sw.js');
  await writeFile(worker, `${await readFile(worker, 'utf8')}\n// next version\n`);
  await asking.evaluate(async () => (await navigator.serviceWorker.ready).update());
  for (const page of [asking, other]) {
    await expect(page.getByRole('status').filter({ hasText: 'A new version' })).toBeVisible();
  }

  await asking.getByRole('button', { name: 'Reload' }).click();
  await expect.poll(() => notReloaded(asking).catch(() => true)).toBe(false);
  await expect(asking.locator('.recharts-surface:visible')).toHaveCount(3);
  await expect(asking.getByRole('button', { name: 'Reload' })).toHaveCount(0);

  // The other tab was not reloaded: its import is still under review and it still offers the update.
  await other.waitForTimeout(1_000);
  expect(await notReloaded(other)).toBe(true);
  await expect(yourData.locator('.import-report')).toBeVisible();
  await expect(other.getByRole('button', { name: 'Reload' })).toBeVisible();

  // And its own "Reload" still works, now that the new version is running.
  await other.getByRole('button', { name: 'Reload' }).click();
  await expect.poll(() => notReloaded(other).catch(() => true)).toBe(false);
  await expect(other.getByRole('button', { name: 'Reload' })).toHaveCount(0);
});
