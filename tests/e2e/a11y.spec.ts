import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures.ts';
import type { Page } from '@playwright/test';

/** Every WCAG 2.0–2.2 A and AA rule axe has. */
const WCAG_AA_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22a', 'wcag22aa'];

async function expectNoViolations(page: Page, context: string) {
  const results = await new AxeBuilder({ page }).withTags(WCAG_AA_TAGS).analyze();
  const violations = results.violations.map((violation) => ({
    rule: violation.id,
    impact: violation.impact,
    help: violation.help,
    nodes: violation.nodes
      .slice(0, 5)
      .map((node) => `${node.target.join(' ')}: ${node.failureSummary}`),
  }));
  expect(violations, `axe violations (${context})`).toEqual([]);
}

async function openDashboard(page: Page, { language, theme }: { language: string; theme: string }) {
  // Without animation the marks are in place when axe measures colours.
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await page.goto('./');
  await expect(page.locator('.recharts-surface:visible')).toHaveCount(3);
  await page.getByRole('button', { name: language, exact: true }).click();
  // The theme buttons are named in the page's language.
  const themeName = {
    en: { light: 'Light', dark: 'Dark' },
    id: { light: 'Terang', dark: 'Gelap' },
  };
  const locale = language === 'English' ? 'en' : 'id';
  await page
    .getByRole('button', { name: themeName[locale][theme as 'light' | 'dark'], exact: true })
    .click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
  await expect(page.locator('html')).toHaveAttribute('lang', locale);
}

for (const language of ['English', 'Bahasa Indonesia']) {
  for (const theme of ['light', 'dark']) {
    test(`no WCAG 2.2 AA violations: ${language}, ${theme} theme`, async ({ page }) => {
      await openDashboard(page, { language, theme });
      await expectNoViolations(page, `${language}, ${theme}, charts`);

      // The donut and the keyboard state (focus ring, active mark, tooltip) too.
      await page.locator('figure[data-chart="sector-shares"] .segmented__button').nth(1).click();
      await expect(page.locator('.chart--donut')).toBeVisible();
      await page.getByRole('listbox').first().focus();
      await page.keyboard.press('ArrowRight');
      await expect(page.locator('.chart-tooltip--keyboard')).toBeVisible();
      await expectNoViolations(page, `${language}, ${theme}, donut, keyboard`);

      // Every chart in table view.
      const tableLabel = language === 'English' ? 'Table' : 'Tabel';
      for (const chart of ['sector-shares', 'exports-trend', 'pmi']) {
        const figure = page.locator(`figure[data-chart="${chart}"]`);
        await figure.getByRole('button', { name: tableLabel, exact: true }).click();
        await expect(figure.locator('table')).toBeVisible();
      }
      await expectNoViolations(page, `${language}, ${theme}, tables`);
    });
  }
}

test('no violations at 320 px wide, and the page reflows without horizontal scrolling', async ({
  page,
}) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openDashboard(page, { language: 'English', theme: 'light' });
  await expectNoViolations(page, '320 px');
  const overflow = await page.evaluate(
    () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
  );
  expect(overflow).toBeLessThanOrEqual(0);
});

test('outline: one h1, an h2 per panel, an h3 per chart; the skip link moves focus to main', async ({
  page,
}) => {
  await openDashboard(page, { language: 'English', theme: 'light' });
  await expect(page.locator('h1')).toHaveCount(1);
  await expect(page.getByRole('heading', { level: 2 })).toHaveText([
    'Headline figures',
    'Exports by sector',
    'Exports by year',
    'Manufacturing PMI',
    'Your data',
    'Context',
    // The footer's help sections.
    'How to embed',
    'How to cite',
    'Data terms',
  ]);
  for (const chart of ['sector-shares', 'exports-trend', 'pmi'])
    await expect(page.locator(`figure[data-chart="${chart}"] h3`)).toHaveCount(1);

  await page.reload();
  await expect(page.locator('.recharts-surface:visible')).toHaveCount(3);
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.locator('main')).toBeFocused();
});

test('touch targets are at least 24 by 24 px', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 800 });
  await openDashboard(page, { language: 'English', theme: 'light' });
  const small = await page.evaluate(() =>
    [...document.querySelectorAll('button, select, a[href], .mark-hit')]
      .map((el) => ({ el, box: el.getBoundingClientRect() }))
      .filter(({ box }) => box.width > 0 && (box.width < 24 || box.height < 24))
      .map(({ el, box }) => `${el.outerHTML.slice(0, 80)} ${box.width}×${box.height}`),
  );
  expect(small).toEqual([]);
});

for (const chart of ['sector-shares', 'exports-trend', 'pmi']) {
  for (const [lang, theme] of [
    ['en', 'light'],
    ['id', 'dark'],
  ] as const) {
    test(`no WCAG 2.2 AA violations: embed ${chart}, ${lang}, ${theme}`, async ({ page }) => {
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto(`./?embed=${chart}&lang=${lang}&theme=${theme}`);
      await expect(page.locator('.recharts-surface:visible')).toBeVisible();
      await expect(page.locator('html')).toHaveAttribute('lang', lang);
      await expectNoViolations(page, `embed ${chart}, ${lang}, ${theme}`);
    });
  }
}

test('no WCAG 2.2 AA violations: embed of an unknown chart', async ({ page }) => {
  await page.goto('./?embed=nope');
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoViolations(page, 'unknown embed');
});

for (const theme of ['light', 'dark']) {
  test(`no WCAG 2.2 AA violations: the Cite dialog, Bahasa Indonesia, ${theme} theme`, async ({
    page,
  }) => {
    await openDashboard(page, { language: 'Bahasa Indonesia', theme });
    await page
      .getByRole('region', { name: 'Ekspor menurut sektor' })
      .getByRole('button', { name: 'Kutip' })
      .click();
    const dialog = page.getByRole('dialog', { name: 'Kutip grafik ini' });
    await expect(dialog.getByLabel('APA (edisi ke-7)')).toBeVisible({ timeout: 30_000 });
    await dialog.getByRole('button', { name: 'Salin BibTeX' }).click();
    await expect(dialog.getByRole('status').filter({ hasText: /BibTeX/ })).toBeVisible();
    await expectNoViolations(page, `cite dialog, ${theme}`);
  });
}
