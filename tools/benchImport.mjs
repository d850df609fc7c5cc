// Import speed (issue 9, part 6), measured side by side in one browser in one run:
//
//   app     the built dashboard importing a 1,000,000-row CSV through its file picker
//           (worker: read, decode, tokenise, detect, convert, aggregate; page: show the report)
//   papa    papaparse 5.7 parsing the same File in 1 MB chunks in a worker of the same page
//
// Targets: app ≤ 2× papa (medians of 5 alternating runs, BENCH_IMPORT_RUNS to change: on 2
// shared cores 3 runs let one busy moment decide), and no main-thread task longer than 50 ms
// while the app imports (PerformanceObserver 'longtask').
//
//   node tools/benchImport.mjs            builds the app, serves dist/, prints, writes bench/import.json
//   node tools/benchImport.mjs --no-build uses the dist/ already built
//
// The main bench calls `benchImport({ browser, origin })` with its own browser and the
// origin serving dist/; it returns the same object this script writes.
import { execFileSync } from 'node:child_process';
import {
  createReadStream,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const IMPORT_ROWS = 1_000_000;
export const MAX_RATIO = 2;
export const MAX_TASK_MS = 50;
const CHUNK_SIZE = 1024 * 1024; // the app's DEFAULT_CHUNK_SIZE
const root = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** A BPS-like export: a title line, a header, label;month;value with decimal commas. */
export function writeMillionRowCsv(path, rows = IMPORT_ROWS) {
  const parts = ['Ekspor industri pengolahan menurut sektor\nSektor;Bulan;Nilai (juta USD)\n'];
  let block = '';
  for (let i = 0; i < rows; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    block += `Industri pengolahan ${String(i % 40).padStart(2, '0')};2024-${month};${(i % 997) + 1},${String(i % 100).padStart(2, '0')}\n`;
    if (block.length > 1 << 20) {
      parts.push(block);
      block = '';
    }
  }
  parts.push(block);
  writeFileSync(path, parts.join(''));
  return statSync(path).size;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

/** In the page: a worker that runs papaparse over a File in chunks and answers with its time. */
const PAPA_WORKER = `
self.onmessage = (event) => {
  const started = performance.now();
  let rows = 0;
  Papa.parse(event.data.file, {
    chunkSize: ${CHUNK_SIZE},
    chunk: (results) => { rows += results.data.length; },
    complete: () => self.postMessage({ rows, ms: performance.now() - started }),
    error: (error) => self.postMessage({ error: String(error) }),
  });
};`;

/** One run of papaparse in a worker of `page`, timed on the page from post to answer. */
async function papaRun(page, papaSource) {
  return page.evaluate(
    async ({ source, worker }) => {
      const file = document.querySelector('#bench-file').files[0];
      const url = URL.createObjectURL(new Blob([source, worker], { type: 'text/javascript' }));
      const papa = new Worker(url);
      const started = performance.now();
      const answer = await new Promise((done) => {
        papa.onmessage = (event) => done(event.data);
        papa.postMessage({ file });
      });
      const ms = performance.now() - started;
      papa.terminate();
      URL.revokeObjectURL(url);
      if (answer.error) throw new Error(answer.error);
      return { ms, rows: answer.rows };
    },
    { source: papaSource, worker: PAPA_WORKER },
  );
}

/** One import by the app, from the file input's change to the report showing all rows. */
async function appRun(page, filePath, rows) {
  const input = page.getByLabel('Choose a CSV file');
  await page.evaluate((expected) => {
    const bench = { longest: 0, tasks: [], started: 0, ended: 0 };
    window.__bench = bench;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) bench.tasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: false });
    document.addEventListener('change', () => (bench.started = performance.now()), {
      capture: true,
      once: true,
    });
    const shown = () =>
      document
        .querySelector('.import-report [data-fact="rows"]')
        ?.textContent?.replace(/\D/g, '') === String(expected);
    bench.done = new Promise((done) => {
      const observer = new MutationObserver(() => {
        if (!shown()) return;
        bench.ended = performance.now();
        observer.disconnect();
        done();
      });
      observer.observe(document.body, { subtree: true, childList: true, characterData: true });
    });
  }, rows);
  // A reader's pointer reaches the picker before a file is chosen.
  await page.locator('.import-drop').hover();
  await page.waitForTimeout(500);
  await input.setInputFiles(filePath);
  return page.evaluate(async () => {
    const bench = window.__bench;
    await bench.done;
    // Long tasks are reported after they end: give the last one a frame to arrive.
    await new Promise((done) => setTimeout(done, 100));
    const during = bench.tasks.filter(
      ([start, duration]) => start + duration >= bench.started && start <= bench.ended,
    );
    return {
      ms: bench.ended - bench.started,
      longestTaskMs: Math.max(0, ...during.map(([, duration]) => duration)),
      // Where each long task fell: ms after the file was chosen, and its length.
      longTasks: during.map(([start, duration]) => [
        Math.round(start - bench.started),
        Math.round(duration),
      ]),
    };
  });
}

/**
 * Measures the import against chunked papaparse in the same browser. `origin` serves the
 * built app (dist/); `browser` is a Playwright Chromium.
 */
export async function benchImport({
  browser,
  origin,
  runs = 5,
  rows = IMPORT_ROWS,
  log = console.log,
}) {
  const dir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  try {
    const filePath = join(dir, 'ekspor-sejuta-baris.csv');
    const bytes = writeMillionRowCsv(filePath, rows);
    log(
      `import bench: ${rows.toLocaleString('en')} rows, ${(bytes / 1e6).toFixed(1)} MB, ${runs} runs each`,
    );
    const papaSource = readFileSync(join(root, 'node_modules/papaparse/papaparse.min.js'), 'utf8');
    const context = await browser.newContext({ serviceWorkers: 'block' });
    const page = await context.newPage();
    const app = [];
    const papa = [];
    for (let run = 0; run < runs; run++) {
      await page.goto(`${origin}/`);
      // The app loads on a reader's first use of the page (a pointer move).
      await page.mouse.move(2, 2);
      await page.mouse.move(4, 4);
      await page.getByLabel('Choose a CSV file').waitFor({ timeout: 60_000 });
      await page.evaluate(() => {
        const input = document.createElement('input');
        input.type = 'file';
        input.id = 'bench-file';
        input.hidden = true;
        document.body.append(input);
      });
      await page.locator('#bench-file').setInputFiles(filePath);
      // Alternate which goes first, so neither always gets the warmer machine.
      if (run % 2 === 0) {
        papa.push(await papaRun(page, papaSource));
        app.push(await appRun(page, filePath, rows));
      } else {
        app.push(await appRun(page, filePath, rows));
        papa.push(await papaRun(page, papaSource));
      }
      log(
        `  run ${run + 1}: app ${Math.round(app.at(-1).ms)} ms (long tasks at [ms, length]: ${JSON.stringify(app.at(-1).longTasks)}), papaparse ${Math.round(papa.at(-1).ms)} ms`,
      );
    }
    await context.close();
    const appMs = median(app.map((entry) => entry.ms));
    const papaMs = median(papa.map((entry) => entry.ms));
    const ratio = appMs / papaMs;
    const longestTaskMs = Math.max(...app.map((entry) => entry.longestTaskMs));
    return {
      rows,
      bytes,
      runs,
      appMs: Math.round(appMs),
      papaparseMs: Math.round(papaMs),
      ratio: Number(ratio.toFixed(2)),
      ratioTarget: MAX_RATIO,
      ratioPass: ratio <= MAX_RATIO,
      longestTaskMs: Math.round(longestTaskMs),
      longestTaskTarget: MAX_TASK_MS,
      longestTaskPass: longestTaskMs <= MAX_TASK_MS,
      appRunsMs: app.map((entry) => Math.round(entry.ms)),
      papaparseRunsMs: papa.map((entry) => Math.round(entry.ms)),
      papaparseRows: papa[0]?.rows ?? 0,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Rows for the main bench's table: [name, value, target, pass]. */
export function importCheckRows(result) {
  return [
    {
      name: `import ${result.rows.toLocaleString('en')} rows / papaparse in chunks (worker)`,
      value: `${result.appMs} / ${result.papaparseMs} ms = ${result.ratio.toFixed(2)}×`,
      target: `≤ ${result.ratioTarget}×`,
      pass: result.ratioPass,
    },
    {
      name: 'longest main-thread task while importing',
      value:
        result.longestTaskMs > 0
          ? `${result.longestTaskMs} ms`
          : `< ${MAX_TASK_MS} ms (none reported)`,
      target: `≤ ${result.longestTaskTarget} ms`,
      pass: result.longestTaskPass,
    },
  ];
}

const TYPES = {
  '.js': 'text/javascript',
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
};

function serveDist(dir) {
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url, 'http://x').pathname);
    const path = join(dir, pathname.endsWith('/') ? `${pathname}index.html` : pathname);
    if (!path.startsWith(dir) || !existsSync(path) || statSync(path).isDirectory()) {
      response.statusCode = 404;
      response.end();
      return;
    }
    response.setHeader('content-type', TYPES[extname(path)] ?? 'application/octet-stream');
    createReadStream(path).pipe(response);
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () =>
      done({ server, origin: `http://127.0.0.1:${server.address().port}` }),
    ),
  );
}

async function main() {
  const { chromium } = await import('playwright-core');
  const { CHROMIUM_ARGS, findChromium } = await import('./chromium.mjs');
  const executablePath = findChromium();
  if (!executablePath) {
    console.error('The import bench needs Chromium: apt-get install -y chromium');
    process.exit(1);
  }
  if (!process.argv.includes('--no-build'))
    execFileSync('npx', ['vite', 'build', '--logLevel', 'warn'], { cwd: root, stdio: 'inherit' });
  const dist = join(root, 'dist');
  const { server, origin } = await serveDist(dist);
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const runs = Number(process.env.BENCH_IMPORT_RUNS ?? 5);
    const result = await benchImport({ browser, origin, runs });
    console.log('');
    for (const row of importCheckRows(result))
      console.log(
        `${row.pass ? 'PASS' : 'FAIL'}  ${row.name}: ${row.value} (target ${row.target})`,
      );
    mkdirSync(join(root, 'bench'), { recursive: true });
    writeFileSync(
      join(root, 'bench/import.json'),
      `${JSON.stringify({ measuredAt: new Date().toISOString(), ...result }, null, 2)}\n`,
    );
    console.log('\nwrote bench/import.json');
    if (!result.ratioPass || !result.longestTaskPass) process.exitCode = 1;
  } finally {
    await browser.close();
    server.close();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
