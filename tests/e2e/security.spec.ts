import { expect, test } from './fixtures.ts';
import { collectConsoleErrors } from './helpers.ts';

test('a strict CSP holds through every feature, and no request leaves the origin', async ({
  page,
  baseURL,
}) => {
  const origin = new URL(baseURL!).origin;
  const foreign: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== origin)
      foreign.push(request.url());
  });
  const errors = collectConsoleErrors(page);
  await page.addInitScript(() => {
    const win = window as unknown as { violations: string[] };
    win.violations = [];
    document.addEventListener('securitypolicyviolation', (event) =>
      win.violations.push(`${event.violatedDirective}: ${event.blockedURI}`),
    );
  });
  await page.goto('./');
  const csp = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  await expect(page.locator('.recharts-surface:visible')).toHaveCount(3);

  // Image export (canvas from a data: URL), embed preview (same-origin frame), CSV import (blob: worker).
  const pmi = page.getByRole('region', { name: 'Manufacturing PMI' });
  await pmi.getByRole('button', { name: 'Download' }).click();
  await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('dialog').getByRole('button', { name: /PNG/ }).click(),
  ]);
  await page.keyboard.press('Escape');
  await pmi.getByRole('button', { name: 'Embed' }).click();
  await expect(
    page.getByRole('dialog').frameLocator('iframe').locator('.recharts-surface:visible'),
  ).toBeVisible();
  await page.keyboard.press('Escape');
  const yourData = page.getByRole('region', { name: 'Your data' });
  await yourData
    .getByLabel('Choose a CSV file')
    .setInputFiles('tests/fixtures/import/bps-semicolon.csv');
  await expect(yourData.locator('.import-report')).toBeVisible();

  const violations = await page.evaluate(
    () => (window as unknown as { violations: string[] }).violations,
  );
  expect(violations).toEqual([]);
  expect(foreign).toEqual([]);
  expect(errors).toEqual([]);
});

test('the server sends the headers a production host should: framing refused, except for embeds', async ({
  request,
}) => {
  const dashboard = (await request.get('./')).headers();
  expect(dashboard['content-security-policy']).toContain("frame-ancestors 'none'");
  expect(dashboard['content-security-policy']).toContain("script-src 'self'");
  expect(dashboard['x-frame-options']).toBe('DENY');
  expect(dashboard['x-content-type-options']).toBe('nosniff');
  expect(dashboard['referrer-policy']).toBe('strict-origin-when-cross-origin');
  const embed = (await request.get('./?embed=pmi&lang=id')).headers();
  expect(embed['content-security-policy']).toContain('frame-ancestors *');
  expect(embed['x-frame-options']).toBeUndefined();
  expect(embed['x-content-type-options']).toBe('nosniff');
  const script = (await request.get('./embed-host.js')).headers();
  expect(script['x-content-type-options']).toBe('nosniff');
});
