// Every test file: property tests print their seed. A file that needs a DOM says so in its
// first line (`// @vitest-environment jsdom`); only then is the DOM set up (tests/setup-dom.ts),
// so pure tests run in Node without paying for jsdom.
import fc from 'fast-check';
import { expect } from 'vitest';

if (typeof document !== 'undefined') await import('./setup-dom.ts');

// Every property test prints its seed, passing or failing, so a failure seen
// once in CI can be replayed: FC_SEED=<seed> npx vitest run <file>.
const seedFromEnvironment = process.env.FC_SEED;
if (seedFromEnvironment !== undefined && seedFromEnvironment !== '') {
  fc.configureGlobal({ seed: Number(seedFromEnvironment) });
}
// Once per loaded copy of fast-check (a worker may reuse its globals across files).
const printerKey = Symbol.for('idn-mfg.fast-check-seed-printer');
const testGlobals = globalThis as typeof globalThis & { [printerKey]?: WeakSet<object> };
const withPrinter = (testGlobals[printerKey] ??= new WeakSet<object>());
if (!withPrinter.has(fc.installGlobalPlugin)) {
  withPrinter.add(fc.installGlobalPlugin);
  fc.installGlobalPlugin(() => ({
    onAllRunsComplete: (details) => {
      const name = expect.getState().currentTestName ?? 'property';
      const outcome = details.failed ? `failed (path ${details.counterexamplePath})` : 'passed';
      console.info(
        `[fast-check] ${name}: seed ${details.seed}, ${outcome}; replay with FC_SEED=${details.seed}`,
      );
    },
  }));
}
