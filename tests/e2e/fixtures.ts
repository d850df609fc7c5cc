import { test as base } from '@playwright/test';
import type { Page } from '@playwright/test';

export { expect } from '@playwright/test';

/** A reader's first use of the page (a pointer move): what makes the app load. */
export async function firstUse(page: Page) {
  await page.mouse.move(2, 2);
  await page.mouse.move(4, 4);
}

/** First use, then wait until the app has taken over the prerendered page. */
export async function startApp(page: Page) {
  await firstUse(page);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-live'), undefined, {
    timeout: 15_000,
  });
}

/**
 * `page.goto` and `page.reload` on the dashboard, as a reader would: the app loads on first use,
 * so it moves the pointer and waits until the app has taken over the
 * prerendered HTML (before that the buttons are painted but not yet wired).
 * Embed pages and other sites' pages are returned as painted.
 */
function startAppOnGoto(page: Page) {
  const startDashboard = async () => {
    const dashboard = await page.evaluate(
      () =>
        document.getElementById('root') !== null &&
        !document.documentElement.hasAttribute('data-chart'),
    );
    if (dashboard) await startApp(page);
  };
  const goto = page.goto.bind(page);
  page.goto = async (url, options) => {
    const response = await goto(url, options);
    await startDashboard();
    return response;
  };
  const reload = page.reload.bind(page);
  page.reload = async (options) => {
    const response = await reload(options);
    await startDashboard();
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
