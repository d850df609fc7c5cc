// npm run budget: the byte budgets of issue 9, fast and stable enough for CI.
// Every page's JavaScript + CSS before the reader interacts (what its HTML loads: stylesheets,
// scripts, module preloads; the inline boot script counts too), gzip -9, against the floor: a bare
// React + Recharts page (one line chart) built by the same Vite in the same run.
//   dashboard pages  ≤ 1.10 × floor
//   embed pages      ≤ 0.50 × floor
// Run after `vite build` (npm test builds dist/).
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { buildFloorPage } from './floorPage.mjs';

const root = resolve('.');
const dist = join(root, 'dist');
if (!existsSync(join(dist, 'index.html'))) {
  console.error('npm run budget: build first (npx vite build)');
  process.exit(1);
}

/** What an HTML page makes the browser load before any interaction, as gzip -9 bytes. */
function bytesOfPage(dir, page) {
  const html = readFileSync(join(dir, page), 'utf8');
  const files = [
    ...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*\shref)="([^"]+\.(?:js|css))"/g),
  ].map((match) => resolve(dirname(join(dir, page)), match[1]));
  const inline = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .join('');
  let gzip = inline ? gzipSync(inline, { level: 9 }).length : 0;
  const seen = new Set();
  const queue = [...files];
  while (queue.length > 0) {
    const file = queue.shift();
    if (seen.has(file)) continue;
    seen.add(file);
    const body = readFileSync(file);
    gzip += gzipSync(body, { level: 9 }).length;
    // Static imports of an entry load with it.
    if (file.endsWith('.js'))
      for (const match of body
        .toString()
        .matchAll(/(?:^|[;}])\s*import\s*(?:[^'"()]*?from\s*)?["'](\.\/[^"']+\.js)["']/g))
        queue.push(resolve(dirname(file), match[1]));
  }
  return { gzip, files: [...seen].map((file) => relative(dir, file)) };
}

async function floorBytes() {
  const dir = await buildFloorPage(join(root, 'node_modules/.cache/budget-floor'));
  return bytesOfPage(dir, 'index.html').gzip;
}

function pages(dir, prefix = '') {
  return readdirSync(join(dir, prefix), { withFileTypes: true }).flatMap((entry) => {
    const path = prefix ? `${prefix}/${entry.name}` : entry.name;
    // downloads/: the one-file edition, a file to save, not a page of the site.
    if (entry.isDirectory())
      return entry.name === 'assets' || entry.name === 'downloads' ? [] : pages(dir, path);
    // 404.html: no script, only the app's stylesheet, by an absolute address (it is served at any depth).
    return entry.name.endsWith('.html') && path !== '404.html' ? [path] : [];
  });
}

const floor = await floorBytes();
let failed = false;
console.log(`floor (bare React + Recharts page): ${(floor / 1000).toFixed(1)} kB gzip JS + CSS`);
for (const page of pages(dist)) {
  const embed = /(^|\/)embed\//.test(page);
  const limit = embed ? 0.5 : 1.1;
  const { gzip } = bytesOfPage(dist, page);
  const pass = gzip <= limit * floor;
  failed ||= !pass;
  console.log(
    `${pass ? 'pass' : 'FAIL'}  ${page.padEnd(30)} ${(gzip / 1000).toFixed(1).padStart(6)} kB = ${(gzip / floor).toFixed(2)}× floor (≤ ${limit}×)`,
  );
}
process.exit(failed ? 1 : 0);
