// npm run bench: JavaScript the dashboard and an embed load at first paint,
// side by side with a bare React + Recharts page built by the same Vite in the
// same run. Prints bytes (gzip) and ratios; the target is dashboard ≤ 1.10×
// the bare page, embeds less. Bytes are counted from the files the browser
// actually requested, so lazy chunks count only when they load.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { build } from 'vite';
import react from '@vitejs/plugin-react';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, findChromium } from './chromium.mjs';

const root = resolve('.');
const benchDir = join(root, 'node_modules/.cache/bench-baseline');

async function buildBaseline() {
  rmSync(benchDir, { recursive: true, force: true });
  mkdirSync(benchDir, { recursive: true });
  writeFileSync(
    join(benchDir, 'index.html'),
    '<!doctype html><html><body><div id="root"></div><script type="module" src="./main.jsx"></script></body></html>',
  );
  writeFileSync(
    join(benchDir, 'main.jsx'),
    `import { createRoot } from 'react-dom/client';
import { LineChart, Line, XAxis, YAxis, Tooltip, ReferenceLine, ResponsiveContainer } from 'recharts';
const data = Array.from({ length: 48 }, (_, i) => ({ month: i, pmi: 50 + Math.sin(i) * 5 }));
createRoot(document.getElementById('root')).render(
  <div style={{ width: 600, height: 300 }}><ResponsiveContainer><LineChart data={data}>
  <XAxis dataKey="month" /><YAxis /><Tooltip /><ReferenceLine y={50} /><Line dataKey="pmi" /></LineChart></ResponsiveContainer></div>,
);`,
  );
  await build({
    root: benchDir,
    base: './',
    logLevel: 'warn',
    configFile: false,
    plugins: [react()],
    build: { outDir: join(benchDir, 'dist'), emptyOutDir: true, target: 'es2022' },
  });
  return join(benchDir, 'dist');
}

function serve(dir) {
  const types = {
    '.js': 'text/javascript',
    '.html': 'text/html',
    '.css': 'text/css',
    '.svg': 'image/svg+xml',
  };
  const server = createServer((request, response) => {
    const pathname = new URL(request.url, 'http://x').pathname;
    const path = pathname.endsWith('/') ? `${pathname}index.html` : pathname;
    try {
      const body = readFileSync(join(dir, path));
      response.setHeader('content-type', types[extname(path)] ?? 'application/octet-stream');
      response.end(body);
    } catch {
      response.statusCode = 404;
      response.end();
    }
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

async function measure(browser, dir, search, ready) {
  const server = await serve(dir);
  const origin = `http://127.0.0.1:${server.address().port}`;
  const page = await browser.newPage();
  await page.route('**/sw.js', (route) => route.abort()); // measure the page, not the precache
  const scripts = new Set();
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname);
  });
  await page.goto(`${origin}/${search}`);
  await page.waitForSelector(ready);
  await page.waitForLoadState('networkidle');
  await page.close();
  server.close();
  let raw = 0;
  let gzip = 0;
  for (const path of scripts) {
    const body = readFileSync(join(dir, path));
    raw += body.length;
    gzip += gzipSync(body, { level: 9 }).length;
  }
  return { raw, gzip, files: scripts.size };
}

const executablePath = findChromium();
if (!executablePath) {
  console.error('npm run bench needs Chromium: apt-get install -y chromium');
  process.exit(1);
}
const baselineDir = await buildBaseline();
await build({ root, logLevel: 'warn' });
const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
const baseline = await measure(browser, baselineDir, '', '.recharts-surface');
const dashboard = await measure(browser, join(root, 'dist'), '', '.recharts-surface');
const embeds = {};
for (const chart of ['sector-shares', 'exports-trend', 'pmi']) {
  embeds[chart] = await measure(
    browser,
    join(root, 'dist'),
    `?embed=${chart}`,
    '.recharts-surface',
  );
}
await browser.close();

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} kB`;
const rows = [
  ['bare React + Recharts page', baseline],
  ['dashboard', dashboard],
  ...Object.entries(embeds).map(([chart, result]) => [`embed ${chart}`, result]),
];
console.log('\nJavaScript at first paint (gzip -9 of the scripts requested):\n');
for (const [name, result] of rows) {
  const ratio = (result.gzip / baseline.gzip).toFixed(2);
  console.log(
    `${name.padEnd(30)} ${kb(result.gzip).padStart(10)}  (${kb(result.raw)} raw, ${result.files} files)  ratio ${ratio}×`,
  );
}
const dashboardRatio = dashboard.gzip / baseline.gzip;
const worstEmbed = Math.max(...Object.values(embeds).map((result) => result.gzip / baseline.gzip));
console.log(
  `\ntarget: dashboard ≤ 1.10× (now ${dashboardRatio.toFixed(2)}×), embeds below the dashboard (worst ${worstEmbed.toFixed(2)}×)`,
);
