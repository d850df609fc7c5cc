/** The worker file wired to a stand-in `self`: messages in, progress and done out. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixtureBytes } from '../../../import/helpers.ts';

const posted: unknown[] = [];
let PROGRESS_INTERVAL_MS = 0;
let deliver: (data: unknown) => void = () => {};

beforeAll(async () => {
  vi.stubGlobal('self', {
    postMessage: (message: unknown) => posted.push(message),
    addEventListener: (_type: string, listener: (event: { data: unknown }) => void) => {
      deliver = (data) => listener({ data });
    },
  });
  ({ PROGRESS_INTERVAL_MS } =
    await import('../../../../../src/features/csv-import/worker/import.worker.ts'));
});

afterAll(() => {
  vi.unstubAllGlobals();
});

function bufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

async function settled(timeout = 1000): Promise<void> {
  await vi.waitFor(
    () => {
      const last = posted.at(-1) as { type?: string } | undefined;
      if (last?.type !== 'done') throw new Error('still running');
    },
    { timeout },
  );
}

describe('import.worker', () => {
  it('ignores messages of unknown shape', async () => {
    posted.length = 0;
    deliver({ type: 'eval', code: 'postMessage("pwned")' });
    deliver('parse');
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(posted).toEqual([]);
  });

  it('posts progress and then the result', async () => {
    posted.length = 0;
    deliver({ type: 'parse', file: bufferOf(fixtureBytes('bps-semicolon.csv')), chunkSize: 1024 });
    await settled();
    expect(posted[0]).toEqual({ type: 'progress', fraction: 1 });
    const done = posted[1] as {
      type: string;
      result: { ok: boolean; data: { groups: unknown[] } };
    };
    expect(done.type).toBe('done');
    expect(done.result.ok).toBe(true);
    expect(done.result.data.groups).toHaveLength(5);
    // The result crosses to the page by structured clone.
    expect(() => structuredClone(done)).not.toThrow();
  });

  it('posts progress at most every PROGRESS_INTERVAL_MS, rising, and always the end', async () => {
    posted.length = 0;
    const big = new TextEncoder().encode('Sektor,Nilai\n' + 'Makanan,1.5\n'.repeat(30_000));
    const started = performance.now();
    // 352 chunks of 1 KB: one message each would be 352 renders of the page.
    deliver({ type: 'parse', file: bufferOf(big), chunkSize: 1024 });
    await settled(20_000);
    const elapsed = performance.now() - started;
    const fractions = posted
      .filter((message) => (message as { type: string }).type === 'progress')
      .map((message) => (message as { fraction: number }).fraction);
    expect(fractions.length).toBeLessThanOrEqual(Math.floor(elapsed / PROGRESS_INTERVAL_MS) + 2);
    expect(fractions.length).toBeLessThan(352);
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  it('answers only the latest parse: a superseded one stops and stays silent', async () => {
    posted.length = 0;
    const big = new TextEncoder().encode('Sektor,Nilai\n' + 'Makanan,1.5\n'.repeat(20_000));
    deliver({ type: 'parse', file: bufferOf(big), chunkSize: 1024 });
    deliver({ type: 'parse', file: bufferOf(fixtureBytes('bps-semicolon.csv')), chunkSize: 1024 });
    await settled();
    const done = posted.filter((message) => (message as { type: string }).type === 'done');
    expect(done).toHaveLength(1);
    expect(
      (done[0] as { result: { data: { groups: unknown[] } } }).result.data.groups,
    ).toHaveLength(5);
  });
});
