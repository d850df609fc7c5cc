import { readFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';
import Papa from 'papaparse';
import { PNG } from 'pngjs';

async function openDownloads(page: Page, region: string) {
  const section = page.getByRole('region', { name: region });
  await expect(section.locator('.recharts-surface:visible')).toBeVisible();
  await section.getByRole('button', { name: 'Download' }).click();
  return page.getByRole('dialog', { name: 'Download this chart' });
}

async function download(page: Page, click: () => Promise<void>) {
  const [file] = await Promise.all([page.waitForEvent('download'), click()]);
  return { name: file.suggestedFilename(), body: await readFile((await file.path())!) };
}

test('PNG downloads are valid images of the requested size at 2×, and not blank', async ({
  page,
}) => {
  await page.goto('./');
  const dialog = await openDownloads(page, 'Manufacturing PMI');
  await dialog.getByLabel('Width').selectOption('640');
  const { name, body } = await download(page, () =>
    dialog.getByRole('button', { name: /PNG/ }).click(),
  );
  // Named by chart and the months shown (the full series here), not one name for every range.
  expect(name).toMatch(/^indonesia-manufacturing-pmi-\d{4}-\d{2}-\d{4}-\d{2}\.png$/);
  const image = PNG.sync.read(body);
  expect(image.width).toBe(1280);
  expect(image.height).toBeGreaterThan(600);
  const colours = new Set<number>();
  for (let i = 0; i < image.data.length; i += 4 * 97) {
    colours.add((image.data[i]! << 16) | (image.data[i + 1]! << 8) | image.data[i + 2]!);
  }
  expect(colours.size).toBeGreaterThan(5);
});

test('the SVG carries the title, source, vintage and dashboard name as text', async ({ page }) => {
  await page.goto('./');
  const dialog = await openDownloads(page, 'Exports by sector');
  const { name, body } = await download(page, () =>
    dialog.getByRole('button', { name: 'SVG' }).click(),
  );
  const period = await page
    .getByRole('region', { name: 'Exports by sector' })
    .getByLabel('Period')
    .inputValue();
  expect(name).toBe(`indonesia-manufacturing-sector-shares-${period.toLowerCase()}.svg`);
  const svg = body.toString('utf8');
  expect(svg).toContain('Food makes up 21.46% of manufacturing exports');
  expect(svg).toContain('Source: Ministry of Industry (Kemenperin)');
  expect(svg).toContain('Data as released 16 January 2020');
  expect(svg).toContain('Indonesia manufacturing exports dashboard');
  expect(svg).not.toMatch(/<script|href="http/);
});

test('both CSV flavours of the PMI round-trip to the plotted numbers', async ({ page }) => {
  await page.goto('./');
  const pmi = page.getByRole('region', { name: 'Manufacturing PMI' });
  await pmi.getByRole('button', { name: '2020' }).click();
  const dialog = await openDownloads(page, 'Manufacturing PMI');
  const machine = await download(page, () =>
    dialog.getByRole('button', { name: /CSV for machines/ }).click(),
  );
  const parsed = Papa.parse<string[]>(machine.body.toString('utf8').replace(/^\uFEFF/, ''), {
    skipEmptyLines: true,
  });
  // Each month with the month it was first released: the series is first releases.
  expect(parsed.data[0]).toEqual(['month', 'pmi', 'first_release', 'source']);
  const rows = parsed.data.slice(1);
  expect(rows).toHaveLength(12);
  expect(rows[3]?.slice(0, 3)).toEqual(['2020-04', '27.5', '2020-05']);
  expect(rows[3]?.[3]).toContain('S&P Global');
  expect(rows[3]?.[3]).toContain('First releases, February 2020 – January 2021');

  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
  const idDialog = await (async () => {
    const section = page.getByRole('region', { name: 'PMI manufaktur' });
    await section.getByRole('button', { name: 'Unduh' }).click();
    return page.getByRole('dialog', { name: 'Unduh grafik ini' });
  })();
  const sheet = await download(page, () =>
    idDialog.getByRole('button', { name: /CSV untuk spreadsheet/ }).click(),
  );
  const text = sheet.body.toString('utf8');
  expect(text.charCodeAt(0)).toBe(0xfeff);
  const sheetRows = Papa.parse<string[]>(text.slice(1), {
    delimiter: ';',
    skipEmptyLines: true,
  }).data;
  expect(sheetRows).toHaveLength(13);
  const april = sheetRows.find((row) => /April 2020|2020-04/.test(row[0] ?? ''));
  expect(april?.[1]).toBe('27,5');
  expect(Number(april?.[1]?.replace(',', '.'))).toBe(27.5);
});

test('a sector CSV names its period in the file name and in a period column', async ({ page }) => {
  await page.goto('./');
  const sectors = page.getByRole('region', { name: 'Exports by sector' });
  await sectors.getByLabel('Period').selectOption('2018');
  const dialog = await openDownloads(page, 'Exports by sector');
  const { name, body } = await download(page, () =>
    dialog.getByRole('button', { name: /CSV for machines/ }).click(),
  );
  expect(name).toBe('indonesia-manufacturing-sector-shares-2018.csv');
  const parsed = Papa.parse<string[]>(body.toString('utf8').trim(), { skipEmptyLines: true });
  expect(parsed.data[0]?.[0]).toBe('period');
  expect(parsed.data.slice(1).every((row) => row[0] === '2018')).toBe(true);
});
