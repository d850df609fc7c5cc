// `npm test`: unit and component tests (Vitest), then browser tests
// (Playwright on the built app, in the system Chromium).
// Without Chromium the browser tests are skipped with a loud warning, except
// under CI=true, where they are required and a missing Chromium fails the run.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findChromium } from './chromium.mjs';

const ci = process.env.CI === 'true' || process.env.CI === '1';
const work = mkdtempSync(join(tmpdir(), 'idn-mfg-tests-'));
const totals = { passed: 0, failed: 0, skipped: 0 };
let failedSteps = [];

function run(label, command, args, env = {}) {
  console.log(`\n▶ ${label}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  if (result.status !== 0) failedSteps.push(label);
  return result.status === 0;
}

function countVitest(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += report.numPassedTests ?? 0;
  totals.failed += report.numFailedTests ?? 0;
  totals.skipped += (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0);
}

function countPlaywright(file) {
  if (!existsSync(file)) return;
  const report = JSON.parse(readFileSync(file, 'utf8'));
  totals.passed += report.stats?.expected ?? 0;
  totals.failed += (report.stats?.unexpected ?? 0) + (report.stats?.flaky ?? 0);
  totals.skipped += report.stats?.skipped ?? 0;
}

// Dates are plain YYYY-MM strings; run everything in Jakarta time and the date-related tests again in UTC.
const vitestJakarta = join(work, 'vitest-jakarta.json');
run(
  'unit and component tests (TZ=Asia/Jakarta)',
  'npx',
  ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${vitestJakarta}`],
  { TZ: 'Asia/Jakarta' },
);
countVitest(vitestJakarta);
const vitestUtc = join(work, 'vitest-utc.json');
run(
  'date-related tests (TZ=UTC)',
  'npx',
  [
    'vitest',
    'run',
    'tests/unit/i18n/index.test.ts',
    'tests/unit/features/charts/chartModels.test.ts',
    'tests/unit/state/urlState.test.ts',
    'tests/unit/features/citation/citationItems.test.ts',
    'tests/unit/features/headline/headline.selectors.test.ts',
    'tests/unit/prerender/changesPage.test.ts',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${vitestUtc}`,
  ],
  { TZ: 'UTC' },
);
countVitest(vitestUtc);

const chromium = findChromium();
if (!chromium) {
  const banner = [
    '',
    '█████████████████████████████████████████████████████████████████████',
    '  BROWSER TESTS NOT RUN: no Chromium found.',
    "  Install Debian's Chromium and run `npm test` again:",
    '      sudo apt-get update && sudo apt-get install -y chromium',
    '  (or set CHROMIUM_PATH to a Chromium or Chrome binary).',
    '  `npx playwright install` is not needed and cannot download here.',
    '█████████████████████████████████████████████████████████████████████',
    '',
  ].join('\n');
  console.error(banner);
  if (ci) {
    console.error('CI=true: browser tests are required, so this run fails.');
    failedSteps.push('browser tests (no Chromium)');
    totals.failed += 1;
  }
} else {
  // The web build names its public address, as a production build does (link previews and oEmbed
  // need absolute addresses): the browser tests' server. The one-file edition is built without it.
  const publicUrl = `http://localhost:${process.env.E2E_PORT ?? 4174}/`;
  // The one-file edition first: the web build copies it into downloads/ for the footer's link.
  const built =
    run(
      'build the one-file edition',
      'npx',
      ['vite', 'build', '--mode', 'single', '--logLevel', 'warn'],
      { VITE_PUBLIC_URL: '' },
    ) &&
    run('build', 'npx', ['vite', 'build', '--logLevel', 'warn'], { VITE_PUBLIC_URL: publicUrl });
  if (built) {
    const playwrightJson = join(work, 'playwright.json');
    run('browser tests', 'npx', ['playwright', 'test'], {
      PLAYWRIGHT_JSON_OUTPUT_NAME: playwrightJson,
      CHROMIUM_PATH: chromium,
    });
    countPlaywright(playwrightJson);
  }
}

console.log('');
if (failedSteps.length > 0) console.log(`Failed steps: ${failedSteps.join(', ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(failedSteps.length > 0 ? 1 : 0);
