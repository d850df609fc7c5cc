// Screenshots of the built app for a person to look at:
//   node tools/screenshot.mjs [url] [outdir]
// Starts nothing: serve the app first (npm run preview).
import { chromium } from 'playwright-core';
import { mkdirSync } from 'node:fs';
import { findChromium, CHROMIUM_ARGS } from './chromium.mjs';

const url = process.argv[2] ?? 'http://localhost:4173/';
const outDir = process.argv[3] ?? 'test-results/screenshots';
mkdirSync(outDir, { recursive: true });
const executablePath = findChromium();
if (!executablePath) {
  console.error('No Chromium found: apt-get install -y chromium');
  process.exit(1);
}
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
for (const [name, width, scheme] of [
  ['phone-320', 320, 'light'],
  ['desktop-1280', 1280, 'light'],
  ['desktop-1280-dark', 1280, 'dark'],
]) {
  const page = await browser.newPage({ viewport: { width, height: 900 }, colorScheme: scheme });
  page.on(
    'console',
    (m) => m.type() === 'error' && console.log(`[${name}] console error:`, m.text()),
  );
  await page.goto(url);
  await page.locator('.recharts-surface:visible').first().waitFor();
  await page.waitForTimeout(800);
  await page.screenshot({ path: `${outDir}/${name}.png`, fullPage: true });
  if (width < 600) {
    // Narrow pages are tall: also save them in screen-sized parts that are readable at full size.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    for (let top = 0, part = 0; top < height; top += 1000, part++) {
      await page.screenshot({
        path: `${outDir}/${name}-part${part}.png`,
        fullPage: true,
        clip: { x: 0, y: top, width, height: Math.min(1000, height - top) },
      });
    }
  }
  await page.close();
}
await browser.close();
console.log(`screenshots in ${outDir}`);
