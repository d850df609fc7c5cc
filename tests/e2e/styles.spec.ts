/**
 * Where the styles come from (issue 13, part 9): the colour tokens are in the stylesheet the
 * page links (written from palette.ts at build time), so the first paint has its colours with
 * no script; the import's styles arrive with the import's code, not with the page.
 */
import { expect, test } from './fixtures.ts';
import { COLOR_TOKENS } from '../../src/components/charts/palette.ts';

/** The text of every stylesheet the page has loaded, by address. */
async function loadedStyles(page: import('@playwright/test').Page): Promise<Map<string, string>> {
  const hrefs = await page.evaluate(() =>
    [...document.styleSheets].map((sheet) => sheet.href).filter((href) => href !== null),
  );
  const styles = new Map<string, string>();
  for (const href of hrefs) styles.set(href, await (await page.request.get(href)).text());
  return styles;
}

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false, waitForApp: false });

  for (const theme of ['light', 'dark'] as const) {
    test(`the first paint has palette.ts's colours (${theme})`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: theme });
      await page.goto('./');
      const body = await page.evaluate(
        () => getComputedStyle(document.documentElement).backgroundColor,
      );
      const hex = COLOR_TOKENS[theme]['--bg'];
      const rgb = [1, 3, 5].map((at) => parseInt(hex.slice(at, at + 2), 16));
      expect(body).toBe(`rgb(${rgb.join(', ')})`);
    });
  }

  test('the page links no import styles', async ({ page }) => {
    await page.goto('./');
    const styles = await loadedStyles(page);
    expect(styles.size).toBeGreaterThan(0);
    for (const [href, css] of styles) expect(css, href).not.toContain('.import-panel');
  });
});

test('the import styles load with the import', async ({ page }) => {
  await page.goto('./');
  const panel = page.getByRole('region', { name: 'Your data' });
  await expect(panel.getByLabel('Choose a CSV file')).toBeVisible();
  const styles = await loadedStyles(page);
  expect([...styles.values()].some((css) => css.includes('.import-panel'))).toBe(true);
  await expect(panel.locator('.import-panel')).toHaveCSS('display', 'grid');
});
