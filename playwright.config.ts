import { defineConfig } from '@playwright/test';
// @ts-expect-error: a plain .mjs helper shared with the scripts, typed by use.
import { CHROMIUM_ARGS, findChromium } from './tools/chromium.mjs';

const PORT = Number(process.env.E2E_PORT ?? 4174);

/**
 * Browser tests run against the built app (`npm run build` first; `npm test`
 * does it) in the system Chromium: `npx playwright install` cannot download here.
 */
export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: process.env.E2E_WORKERS ? Number(process.env.E2E_WORKERS) : 1,
  retries: 0,
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : 'list',
  timeout: 60_000,
  use: {
    baseURL: `http://localhost:${PORT}/`,
    launchOptions: {
      executablePath: (findChromium() as string | null) ?? undefined,
      args: CHROMIUM_ARGS as string[],
    },
  },
  webServer: {
    command: `npx vite preview --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
