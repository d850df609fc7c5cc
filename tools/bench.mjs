// npm run bench: the performance targets of the dashboard and its embeds, measured side by side
// in one run on this machine, each printed beside its target with pass/fail, and written to
// bench/results.json.
//
//   floor   a bare React + Recharts page (one line chart), built by the same Vite in the same run
//   limit   the dashboard's own prerendered page with every script removed: static HTML + inline SVG
//
// Lighthouse (12.2.3, mobile preset, simulated throttling) runs 5 times per page; medians are used.
// Bytes are gzip -9 of the JavaScript and CSS a page requests before any interaction.
// Timings are noisy on shared machines: that is why they live here, not in CI.
import { benchImport, importCheckRows } from './benchImport.mjs';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import { buildFloorPage } from './floorPage.mjs';
import { chromium } from 'playwright-core';
import lighthouse from 'lighthouse';
import * as chromeLauncher from 'chrome-launcher';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const root = resolve('.');
const benchDir = join(root, 'node_modules/.cache/bench-floor');
const executablePath = findChromium();
if (!executablePath) {
  console.error('npm run bench needs Chromium: apt-get install -y chromium');
  process.exit(1);
}

const TYPES = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

/** A static server with gzip, as a production host would serve the files. */
function serve(dir, extra = {}, port = 0) {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const path = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
    let body = extra[path];
    if (body === undefined) {
      try {
        body = readFileSync(join(dir, path));
      } catch {
        response.statusCode = 404;
        response.end();
        return;
      }
    }
    response.setHeader('content-type', TYPES[extname(path)] ?? 'application/octet-stream');
    response.setHeader('cache-control', 'no-cache');
    if (/gzip/.test(request.headers['accept-encoding'] ?? '')) {
      response.setHeader('content-encoding', 'gzip');
      body = gzipSync(body);
    }
    response.end(body);
  });
  return new Promise((done) =>
    server.listen(port, '127.0.0.1', () =>
      done({ server, origin: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}

/** JS and CSS requested before any interaction (until the network is idle), gzip -9. */
async function bytesBeforeInteraction(browser, dir, url, { colorScheme = 'light' } = {}) {
  const page = await browser.newPage({ viewport: { width: 412, height: 823 }, colorScheme });
  await page.route('**/sw.js', (route) => route.abort()); // the page, not the offline precache
  const files = new Set();
  page.on('requestfinished', (request) => {
    const type = request.resourceType();
    if (type === 'script' || type === 'stylesheet') files.add(new URL(request.url()).pathname);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(500);
  await page.close();
  let gzip = 0;
  for (const path of files) gzip += gzipSync(readFileSync(join(dir, path)), { level: 9 }).length;
  return { gzip, files: [...files] };
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

async function lighthouseRuns(url) {
  const runs = [];
  for (let run = 0; run < RUNS; run++) {
    const chrome = await chromeLauncher.launch({
      chromePath: executablePath,
      chromeFlags: ['--headless=new', ...CHROMIUM_ARGS],
    });
    try {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility', 'best-practices', 'seo'],
      });
      const { categories, audits } = result.lhr;
      runs.push({
        performance: categories.performance.score,
        accessibility: categories.accessibility.score,
        bestPractices: categories['best-practices'].score,
        seo: categories.seo.score,
        fcp: audits['first-contentful-paint'].numericValue,
        lcp: audits['largest-contentful-paint'].numericValue,
        tbt: audits['total-blocking-time'].numericValue,
        cls: audits['cumulative-layout-shift'].numericValue,
        failing: Object.values(audits)
          .filter(
            (audit) =>
              audit.score !== null && audit.score < 1 && audit.scoreDisplayMode === 'binary',
          )
          .map((audit) => audit.id),
      });
    } finally {
      await chrome.kill();
    }
  }
  const keys = ['performance', 'accessibility', 'bestPractices', 'seo', 'fcp', 'lcp', 'tbt', 'cls'];
  return {
    ...Object.fromEntries(keys.map((key) => [key, median(runs.map((run) => run[key]))])),
    failing: [...new Set(runs.flatMap((run) => run.failing))],
    runs: runs.length,
  };
}

/**
 * Scripting time of a view change, from performance marks in the page: a control is used, and
 * the time until React has finished the update the next frame paints (the discrete update's
 * render, commit and effects run in the event's task and its microtasks) is what the page
 * scripted before that frame. Views one click away are drawn ahead while the page is idle, so
 * that frame shows the new view; the live chart is then drawn behind it in a transition. How long
 * that takes, and its longest task, are measured too (a task over 50 ms would delay a next click).
 */
async function interactionScripting(browser, url) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(url);
  await page.mouse.move(2, 2);
  await page.mouse.move(4, 4);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-live'));
  // Every chart live (the reader has scrolled past them once).
  for (const chart of await page.locator('figure[data-chart] .chart').all()) {
    await chart.scrollIntoViewIfNeeded();
    await chart.hover();
  }
  await page.waitForFunction(() => document.querySelectorAll('.chart__static').length === 0);
  await page.mouse.move(0, 0);
  // Reading time: the views one click away are drawn meanwhile.
  await page.waitForTimeout(5000);
  await page.evaluate(() => {
    const longest = { ms: 0 };
    window.__longestTask = longest;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) longest.ms = Math.max(longest.ms, entry.duration);
    }).observe({ type: 'longtask' });
  });
  const steps = [
    ['period → 2018', 'select', 'figure[data-chart="sector-shares"] select', '2018'],
    ['sector highlight', 'click', 'figure[data-chart="sector-shares"] .mark-hit:nth-of-type(1)', 2],
    ['chart type → donut', 'click', 'figure[data-chart="sector-shares"] .segmented__button', 1],
    ['chart type → bars', 'click', 'figure[data-chart="sector-shares"] .segmented__button', 0],
    ['PMI range → 2020', 'click', 'figure[data-chart="pmi"] .segmented__button', 3],
    ['PMI range → all', 'click', 'figure[data-chart="pmi"] .segmented__button', 0],
  ];
  // Each change is made RUNS times (the steps go round: period back and forth, the highlight on
  // and off, bars and donut, PMI ranges), and the median is reported: one sample on a shared
  // machine is one busy moment.
  const samples = [];
  for (let round = 0; round < RUNS; round++)
    for (const [name, kind, selector, argument] of steps) {
      // Odd rounds go back (period) or on to another sector (the highlight).
      const value =
        round % 2 === 0
          ? argument
          : kind === 'select'
            ? '2019'
            : name === 'sector highlight'
              ? 3
              : argument;
      samples.push([name, kind, selector, value]);
    }
  const measured = [];
  for (const [name, kind, selector, argument] of samples) {
    await page.waitForTimeout(1500); // the previous change is drawn, and its neighbours
    const result = await page.evaluate(
      async ({ kind, selector, argument }) => {
        const elements = [...document.querySelectorAll(selector)];
        window.__longestTask.ms = 0;
        performance.mark('view-change:start');
        if (kind === 'select') {
          const select = elements[0];
          select.value = argument;
          select.dispatchEvent(new Event('change', { bubbles: true }));
        } else {
          elements[argument].dispatchEvent(new MouseEvent('click', { bubbles: true }));
        }
        // React finishes a discrete update in the event's microtasks.
        for (let index = 0; index < 3; index++) await Promise.resolve();
        performance.mark('view-change:end');
        const ms = performance.measure(
          'view-change',
          'view-change:start',
          'view-change:end',
        ).duration;
        const drawnAhead = document.querySelector('.chart--behind') !== null;
        // The live chart catches up behind the drawing made ahead.
        const started = performance.now();
        while (document.querySelector('.chart--upgrading') && performance.now() - started < 5000)
          await new Promise((resolve) => requestAnimationFrame(resolve));
        return { ms, drawnAhead, caughtUpMs: performance.now() - started };
      },
      { kind, selector, argument },
    );
    await page.waitForTimeout(100);
    const longestTaskMs = await page.evaluate(() => window.__longestTask.ms);
    measured.push({ name, ...result, longestTaskMs });
  }
  await page.close();
  return steps.map(([name]) => {
    const of = measured.filter((sample) => sample.name === name);
    return {
      name,
      ms: median(of.map((sample) => sample.ms)),
      samplesMs: of.map((sample) => Math.round(sample.ms * 10) / 10),
      drawnAhead: of.every((sample) => sample.drawnAhead),
      caughtUpMs: Math.max(...of.map((sample) => sample.caughtUpMs)),
      longestTaskMs: Math.max(...of.map((sample) => sample.longestTaskMs)),
    };
  });
}

// ------------------------------------------------------------------ run
const floorDir = await buildFloorPage(benchDir);
// A production build names its public address (hreflang alternates must be absolute URLs).
const APP_PORT = Number(process.env.BENCH_PORT ?? 4199);
process.env.VITE_PUBLIC_URL = `http://127.0.0.1:${APP_PORT}/`;
await build({ root, logLevel: 'warn' });
const dist = join(root, 'dist');
const limitPage = readFileSync(join(dist, 'index.html'), 'utf8')
  .replace(/<script\b[^>]*>[\s\S]*?<\/script>\s*/g, '')
  .replace(/<link rel="modulepreload"[^>]*>\s*/g, '');
const app = await serve(dist, { '/static-limit.html': Buffer.from(limitPage) }, APP_PORT);
const floor = await serve(floorDir);
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });

const floorBytes = await bytesBeforeInteraction(browser, floorDir, `${floor.origin}/`);
const dashboardBytes = await bytesBeforeInteraction(browser, dist, `${app.origin}/`);
const embedViews = [];
for (const chart of ['sector-shares', 'exports-trend', 'pmi'])
  for (const lang of ['en', 'id'])
    for (const theme of ['light', 'dark']) {
      const page = `${lang === 'id' ? 'id/' : ''}embed/${chart}.html`;
      embedViews.push([`${page}?theme=${theme}`, theme]);
      embedViews.push([`${page}?hide=title,source&static=1&theme=${theme}`, theme]);
    }
// Other views the dialog makes (the controls' views: the build draws each into a page of its own).
embedViews.push(['embed/pmi.html?v=1&pmi=2020-01..2020-12', 'light']);
embedViews.push(['embed/sector-shares.html?v=1&period=2018', 'light']);
embedViews.push(['embed/sector-shares.html?v=1&kind=donut', 'light']);
embedViews.push(['id/embed/sector-shares.html?v=1&period=2019-h1&sector=base-metals', 'dark']);
embedViews.push(['embed/exports-trend.html?v=1&view=exports-trend:table', 'light']);
// A view no control makes (a hand-edited range): it may render live.
const LIVE_VIEW = 'embed/pmi.html?v=1&pmi=2020-03..2020-12';
embedViews.push([LIVE_VIEW, 'light']);
const embeds = [];
for (const [view, colorScheme] of embedViews)
  embeds.push({
    view,
    ...(await bytesBeforeInteraction(browser, dist, `${app.origin}/${view}`, { colorScheme })),
  });
const interaction = await interactionScripting(browser, `${app.origin}/`);
// A million-row CSV imported by the app against papaparse in chunks in a worker (issue 9 part 6).
const importResult = await benchImport({ browser, origin: app.origin });
await browser.close();

console.log(`Lighthouse, ${RUNS} runs each (mobile preset)…`);
const lhDashboard = await lighthouseRuns(`${app.origin}/`);
const lhLimit = await lighthouseRuns(`${app.origin}/static-limit.html`);
const lhFloor = await lighthouseRuns(`${floor.origin}/`);
app.server.close();
floor.server.close();

// ------------------------------------------------------------------ report
const rows = [];
const check = (name, value, target, pass) => rows.push({ name, value, target, pass });
const kB = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
const ratio = (bytes) => bytes / floorBytes.gzip;
check(
  'Lighthouse performance (dashboard)',
  lhDashboard.performance.toFixed(2),
  '≥ 0.98',
  lhDashboard.performance >= 0.98,
);
for (const key of ['accessibility', 'bestPractices', 'seo'])
  check(
    `Lighthouse ${key} (dashboard)`,
    lhDashboard[key].toFixed(2),
    '= 1',
    lhDashboard[key] === 1,
  );
check(
  'LCP dashboard / static limit',
  `${Math.round(lhDashboard.lcp)} / ${Math.round(lhLimit.lcp)} ms = ${(lhDashboard.lcp / lhLimit.lcp).toFixed(2)}×`,
  '≤ 1.2×',
  lhDashboard.lcp <= 1.2 * lhLimit.lcp,
);
check('TBT (dashboard)', `${Math.round(lhDashboard.tbt)} ms`, '≤ 150 ms', lhDashboard.tbt <= 150);
check('CLS (dashboard)', lhDashboard.cls.toFixed(3), '0', lhDashboard.cls === 0);
check(
  'JS + CSS before interaction (dashboard)',
  `${kB(dashboardBytes.gzip)} = ${ratio(dashboardBytes.gzip).toFixed(2)}× floor`,
  '≤ 1.10×',
  ratio(dashboardBytes.gzip) <= 1.1,
);
const defaultEmbeds = embeds.filter((embed) => !/[?&]v=1/.test(embed.view));
const worstDefault = defaultEmbeds.reduce((worst, embed) =>
  embed.gzip > worst.gzip ? embed : worst,
);
check(
  `embeds, dialog views (${defaultEmbeds.length}: 3 charts × 2 languages × 2 themes × framed/static)`,
  `worst ${kB(worstDefault.gzip)} = ${ratio(worstDefault.gzip).toFixed(2)}× floor`,
  '≤ 0.5×',
  ratio(worstDefault.gzip) <= 0.5,
);
for (const embed of embeds.filter(
  (embed) => /[?&]v=1/.test(embed.view) && embed.view !== LIVE_VIEW,
))
  check(
    `embed, dialog view ${embed.view}`,
    `${kB(embed.gzip)} = ${ratio(embed.gzip).toFixed(2)}× floor`,
    '≤ 0.5×',
    ratio(embed.gzip) <= 0.5,
  );
for (const step of interaction)
  check(
    `view change: ${step.name} (scripting, median of ${step.samplesMs.length})`,
    `${step.ms.toFixed(1)} ms${step.drawnAhead ? ', drawn ahead' : ''}`,
    '< 16 ms',
    step.ms < 16,
  );
for (const row of importCheckRows(importResult)) check(row.name, row.value, row.target, row.pass);
const slowest = interaction.reduce((worst, step) =>
  step.longestTaskMs > worst.longestTaskMs ? step : worst,
);
check(
  'view change: live chart caught up behind (longest task)',
  `${Math.round(Math.max(...interaction.map((step) => step.caughtUpMs)))} ms at most, longest task ${Math.round(slowest.longestTaskMs)} ms`,
  'no task > 50 ms',
  slowest.longestTaskMs <= 50,
);

const width = Math.max(...rows.map((row) => row.name.length));
console.log(
  `\nfloor (bare React + Recharts): ${kB(floorBytes.gzip)} JS + CSS; Lighthouse perf ${lhFloor.performance.toFixed(2)}, LCP ${Math.round(lhFloor.lcp)} ms`,
);
console.log(
  `limit (static HTML + SVG):    Lighthouse perf ${lhLimit.performance.toFixed(2)}, LCP ${Math.round(lhLimit.lcp)} ms`,
);
console.log(
  `dashboard:                    FCP ${Math.round(lhDashboard.fcp)} ms, LCP ${Math.round(lhDashboard.lcp)} ms${lhDashboard.failing.length ? `; failing audits: ${lhDashboard.failing.join(', ')}` : ''}\n`,
);
const live = embeds.find((embed) => embed.view === LIVE_VIEW);
if (live)
  console.log(
    `(a view no control makes, drawn live: ${LIVE_VIEW} loads ${kB(live.gzip)} = ${ratio(live.gzip).toFixed(2)}× floor)\n`,
  );
for (const row of rows)
  console.log(
    `${row.pass ? 'pass' : 'FAIL'}  ${row.name.padEnd(width)}  ${row.value.padEnd(28)} target ${row.target}`,
  );
mkdirSync(join(root, 'bench'), { recursive: true });
writeFileSync(
  join(root, 'bench/results.json'),
  `${JSON.stringify(
    {
      date: new Date().toISOString(),
      runs: RUNS,
      floor: { bytes: floorBytes, lighthouse: lhFloor },
      limit: { lighthouse: lhLimit },
      dashboard: { bytes: dashboardBytes, lighthouse: lhDashboard },
      embeds,
      interaction,
      import: importResult,
      checks: rows,
    },
    null,
    2,
  )}\n`,
);
console.log('\nwritten: bench/results.json');
