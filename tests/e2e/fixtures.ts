import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * Playwright's test, with `page.goto` on the dashboard moving the pointer
 * (the first use that starts the app) and waiting until the app has taken
 * over its prerendered HTML: before that its buttons are painted but not yet
 * wired. An embed page is returned as painted (its tests decide when to use it). Tests of the first paint
 * alone set `waitForApp: false`. Pages that are not the app (a test's host page) are not waited for.
 */
export const test = base.extend<{ waitForApp: boolean }>({
  waitForApp: [true, { option: true }],
  page: async ({ page, waitForApp }, provide) => {
    if (waitForApp) {
      const goto = page.goto.bind(page);
      page.goto = async (url, options) => {
        const response = await goto(url, options);
        // The dashboard's app loads on first use: a reader's first pointer move.
        const dashboard = await page.evaluate(
          () =>
            document.getElementById('root') !== null &&
            !document.documentElement.hasAttribute('data-chart'),
        );
        if (dashboard) {
          await page.mouse.move(2, 2);
          await page.mouse.move(4, 4);
          await page.waitForFunction(
            () => document.documentElement.hasAttribute('data-live'),
            undefined,
            { timeout: 15_000 },
          );
        }
        return response;
      };
    }
    await provide(page);
  },
});
