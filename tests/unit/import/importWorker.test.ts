/** The worker file wired to a stand-in `self`: messages in, progress and done out. */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { fixtureBytes } from './helpers.ts';

const posted: unknown[] = [];
let deliver: (data: unknown) => void = () => {};

beforeAll(async () => {
  vi.stubGlobal('self', {
    postMessage: (message: unknown) => posted.push(message),
    addEventListener: (_type: string, listener: (event: { data: unknown }) => void) => {
      deliver = (data) => listener({ data });
    },
  });
  await import('../../../src/features/csv-import/import.worker.ts');
});

afterAll(() => {
  vi.unstubAllGlobals();
});

function bufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

async function settled(): Promise<void> {
  await vi.waitFor(() => {
    const last = posted.at(-1) as { type?: string } | undefined;
    if (last?.type !== 'done') throw new Error('still running');
  });
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
