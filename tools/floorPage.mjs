// The floor of issue 9's budgets: a bare React + Recharts page (one line chart, as a reader
// would write it from Recharts' docs), built by the same Vite in the same run. The CI byte
// budget (tools/budget.mjs) and the bench (tools/bench.mjs) both measure against this one
// page, so they cannot drift apart.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { build } from 'vite';
import react from '@vitejs/plugin-react';

const HTML =
  '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Floor</title><meta name="description" content="A bare React and Recharts page"></head><body><main id="root"></main><script type="module" src="./main.jsx"></script></body></html>';

const MAIN = `import { createRoot } from 'react-dom/client';
import { LineChart, Line, XAxis, YAxis, Tooltip, ReferenceLine, ResponsiveContainer } from 'recharts';
const data = Array.from({ length: 48 }, (_, i) => ({ month: i, pmi: 50 + Math.sin(i) * 5 }));
createRoot(document.getElementById('root')).render(
  <div style={{ width: '100%', height: 300 }}><h1>PMI</h1><ResponsiveContainer><LineChart data={data}>
  <XAxis dataKey="month" /><YAxis /><Tooltip /><ReferenceLine y={50} /><Line dataKey="pmi" /></LineChart></ResponsiveContainer></div>,
);`;

/** Builds the floor page under `dir` and returns its built folder (with index.html). */
export async function buildFloorPage(dir) {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'index.html'), HTML);
  writeFileSync(join(dir, 'main.jsx'), MAIN);
  await build({
    root: dir,
    base: './',
    logLevel: 'warn',
    configFile: false,
    plugins: [react()],
    build: {
      outDir: join(dir, 'dist'),
      emptyOutDir: true,
      target: 'es2022',
      // The floor is one chunk on purpose: it is what a bare page ships.
      chunkSizeWarningLimit: 1000,
    },
  });
  return join(dir, 'dist');
}
