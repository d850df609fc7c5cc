import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import fc from 'fast-check';
import { afterEach, expect } from 'vitest';

afterEach(() => cleanup());

// findBy* and waitFor wait up to 5 s (default 1 s): the machines are shared and
// two cores, and loading data through the lazy loader can take longer under load.
configure({ asyncUtilTimeout: 5000 });

// Recharts' ResponsiveContainer measures its parent; jsdom has no layout, so
// report a fixed size to make the charts draw.
class ResizeObserverStub {
  private readonly callback: ResizeObserverCallback;
  constructor(callback: ResizeObserverCallback) {
    this.callback = callback;
  }
  observe(target: Element): void {
    const rect = { width: 800, height: 400, top: 0, left: 0, bottom: 400, right: 800, x: 0, y: 0 };
    this.callback(
      [{ target, contentRect: { ...rect, toJSON: () => rect } } as unknown as ResizeObserverEntry],
      this as unknown as ResizeObserver,
    );
  }
  unobserve(): void {}
  disconnect(): void {}
}
globalThis.ResizeObserver = ResizeObserverStub as unknown as typeof ResizeObserver;

// jsdom reports zero-size boxes; Recharts reads these to size its surface.
// (Not in a test that runs in node: `// @vitest-environment node`.)
if (typeof HTMLElement !== 'undefined') {
  Object.defineProperty(HTMLElement.prototype, 'clientWidth', {
    configurable: true,
    get: () => 800,
  });
  Object.defineProperty(HTMLElement.prototype, 'clientHeight', {
    configurable: true,
    get: () => 400,
  });
  HTMLElement.prototype.getBoundingClientRect = function () {
    return {
      width: 800,
      height: 400,
      top: 0,
      left: 0,
      bottom: 400,
      right: 800,
      x: 0,
      y: 0,
      toJSON: () => ({}),
    };
  };
}

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
