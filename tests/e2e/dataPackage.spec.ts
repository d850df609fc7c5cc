import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';

interface Descriptor {
  profile: string;
  resources: {
    name: string;
    path: string;
    bytes: number;
    schema: { fields: { name: string }[] };
  }[];
}

async function machineCsvDownload(page: Page, region: string): Promise<string> {
  const section = page.getByRole('region', { name: region });
  await section.getByRole('button', { name: /^(Download|Unduh)$/ }).click();
  const dialog = page.getByRole('dialog');
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    dialog.getByRole('button', { name: /CSV (for machines|untuk mesin)/ }).click(),
  ]);
  await page.keyboard.press('Escape');
  return readFile((await file.path())!, 'utf8');
}

test('the data package is served beside the app: descriptor and every table it names', async ({
  request,
}) => {
  const response = await request.get('data/datapackage.json');
  expect(response.status()).toBe(200);
  const descriptor = (await response.json()) as Descriptor;
  expect(descriptor.profile).toBe('tabular-data-package');
  expect(descriptor.resources.map((resource) => resource.name)).toContain('pmi');
  for (const resource of descriptor.resources) {
    const table = await request.get(`data/${resource.path}`);
    expect(table.status(), resource.path).toBe(200);
    const text = await table.text();
    expect(Buffer.byteLength(text), resource.path).toBe(resource.bytes);
    expect(text.split(/\r?\n/, 1)[0]).toBe(resource.schema.fields.map((f) => f.name).join(','));
  }
});

test('a chart’s published CSV is the CSV the app downloads, in each language', async ({
  page,
  request,
}) => {
  await page.goto('./');
  await page
    .getByRole('region', { name: 'Exports by sector' })
    .getByLabel('Period')
    .selectOption('2018');
  expect(await machineCsvDownload(page, 'Exports by sector')).toBe(
    await (await request.get('data/charts/en/sector-shares-2018.csv')).text(),
  );
  expect(await machineCsvDownload(page, 'Manufacturing PMI')).toBe(
    await (await request.get('data/charts/en/pmi.csv')).text(),
  );
  await page.goto('./id/');
  expect(await machineCsvDownload(page, 'Ekspor menurut tahun')).toBe(
    await (await request.get('data/charts/id/exports-trend.csv')).text(),
  );
  const metadata = (await (await request.get('data/charts/id/exports-trend.json')).json()) as {
    title: string;
    csv: string;
  };
  expect(metadata.csv).toBe('exports-trend.csv');
  await expect(page.getByRole('region', { name: 'Ekspor menurut tahun' })).toContainText(
    metadata.title,
  );
});

test('the service worker precaches the citation code but not the data package', async ({
  request,
}) => {
  const worker = await (await request.get('sw.js')).text();
  const precached = [...worker.matchAll(/url:"([^"]+)"/g)].map((match) => match[1]!);
  expect(precached.some((url) => /CitationDialog-.*\.js$/.test(url))).toBe(true);
  expect(precached.some((url) => /csl-locale-id-ID-.*\.js$/.test(url))).toBe(true);
  expect(precached.filter((url) => url.startsWith('data/'))).toEqual([]);
});
