import { test as base } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * Playwright's test, with `page.goto` waiting until a page that starts its
 * app at once (the dashboard) has taken over its prerendered HTML: before
 * that its buttons are painted but not yet wired. An embed page starts its
 * app on first use, so it is returned as painted. Tests of the first paint
 * alone set `waitForApp: false`.
 */
export const test = base.extend<{ waitForApp: boolean }>({
  waitForApp: [true, { option: true }],
  page: async ({ page, waitForApp }, provide) => {
    if (waitForApp) {
      const goto = page.goto.bind(page);
      page.goto = async (url, options) => {
        const response = await goto(url, options);
        await page.waitForFunction(
          () =>
            document.documentElement.hasAttribute('data-live') ||
            document.querySelector('script[data-entry]') !== null,
          undefined,
          { timeout: 15_000 },
        );
        return response;
      };
    }
    await provide(page);
  },
});
