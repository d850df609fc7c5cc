import { test as base } from '@playwright/test';
import type { Page } from '@playwright/test';

export { expect } from '@playwright/test';

/**
 * `page.goto` and `page.reload` on the dashboard, as a reader would: the app loads on first use,
 * so it moves the pointer and waits until the app has taken over the
 * prerendered HTML (before that the buttons are painted but not yet wired).
 * Embed pages and other sites' pages are returned as painted.
 */
function startAppOnGoto(page: Page) {
  const startApp = async () => {
    const dashboard = await page.evaluate(
      () =>
        document.getElementById('root') !== null &&
        !document.documentElement.hasAttribute('data-chart'),
    );
    if (!dashboard) return;
    await page.mouse.move(2, 2);
    await page.mouse.move(4, 4);
    await page.waitForFunction(
      () => document.documentElement.hasAttribute('data-live'),
      undefined,
      { timeout: 15_000 },
    );
  };
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    await startApp();
    return response;
  };
  const reload = page.reload.bind(page);
  page.reload = async (options) => {
    const response = await reload(options);
    await startApp();
    return response;
  };
}

/** Playwright's test, with every page of the test's context started as above (tests of the first paint alone set `waitForApp: false`). */
export const test = base.extend<{ waitForApp: boolean }>({
  waitForApp: [true, { option: true }],
  context: async ({ context, waitForApp }, provide) => {
    if (waitForApp) {
      for (const page of context.pages()) startAppOnGoto(page);
      context.on('page', startAppOnGoto);
    }
    await provide(context);
  },
});
