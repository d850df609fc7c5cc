import { describe, expect, it } from 'vitest';
import { MAX_IMPORT_BYTES } from '../../../../src/domain/import/index.ts';
import {
  byteSourceOf,
  DEFAULT_CHUNK_SIZE,
  parseWorkerRequest,
  runChunkedImport,
} from '../../../../src/domain/import/workerProtocol.ts';
import type { ByteSource } from '../../../../src/domain/import/workerProtocol.ts';
import { fixtureBytes } from '../../import/helpers.ts';

function bufferOf(bytes: Uint8Array): ArrayBuffer {
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
}

describe('parseWorkerRequest', () => {
  it('accepts a parse request with an ArrayBuffer or a Blob, clamping the chunk size', () => {
    const buffer = new ArrayBuffer(4);
    expect(parseWorkerRequest({ type: 'parse', file: buffer, chunkSize: 10 })).toEqual({
      type: 'parse',
      file: buffer,
      chunkSize: 1024,
      options: {},
    });
    const blob = new Blob(['a,b']);
    expect(parseWorkerRequest({ type: 'parse', file: blob, chunkSize: 'big' })).toMatchObject({
      file: blob,
      chunkSize: DEFAULT_CHUNK_SIZE,
    });
  });

  it('keeps only the file name and the mapping, with the right types', () => {
    const request = parseWorkerRequest({
      type: 'parse',
      file: new ArrayBuffer(1),
      chunkSize: 4096,
      options: {
        delimiter: ';',
        decimal: 'comma',
        label: 'Sektor',
        period: null,
        numberFormats: { Nilai: 'dot-grouped', Bad: 'eval(1)' },
        previewRows: -5,
        onRow: 'alert(1)',
      },
    });
    expect(request).toMatchObject({ options: { label: 'Sektor', period: null } });
    // No screen offers detection overrides, so the worker takes none.
    expect(Object.keys((request as { options: object }).options).sort()).toEqual([
      'label',
      'period',
    ]);
  });

  it.each([
    null,
    'parse',
    42,
    [],
    { type: 'parse' },
    { type: 'parse', file: 'text,as,string', chunkSize: 1024 },
    { type: 'parse', file: { size: 3 }, chunkSize: 1024 },
    { type: 'run', code: 'postMessage(1)' },
    { kind: 'cancel' },
    // Cancelling terminates the worker; there is no message for it.
    { type: 'cancel' },
  ])('ignores %j', (message) => {
    expect(parseWorkerRequest(message)).toBeNull();
  });
});

describe('runChunkedImport', () => {
  it('reads a file in chunks, reporting rising progress up to 1', async () => {
    const bytes = fixtureBytes('title-line.csv');
    const fractions: number[] = [];
    const outcome = await runChunkedImport(
      byteSourceOf(bufferOf(bytes)),
      {},
      {
        chunkSize: 32,
        onProgress: (fraction) => fractions.push(fraction),
        isCancelled: () => false,
      },
    );
    expect(outcome).not.toBe('cancelled');
    if (outcome === 'cancelled') return;
    expect(outcome.ok).toBe(true);
    expect(outcome.data!.groups.map((group) => [group.label, group.period, group.sum])).toEqual([
      ['Industri makanan', '2019', 21.46],
      ['Industri logam dasar', '2019', 13.72],
    ]);
    expect(fractions).toHaveLength(Math.ceil(bytes.length / 32));
    expect(fractions.at(-1)).toBe(1);
    expect([...fractions].sort((a, b) => a - b)).toEqual(fractions);
  });

  it('reads a Blob', async () => {
    const blob = new Blob([fixtureBytes('bps-semicolon.csv') as BlobPart]);
    const outcome = await runChunkedImport(
      byteSourceOf(blob),
      {},
      {
        chunkSize: 1024,
        onProgress: () => {},
        isCancelled: () => false,
      },
    );
    expect(outcome !== 'cancelled' && outcome.data!.groups).toHaveLength(5);
  });

  it('stops when cancelled between chunks', async () => {
    let reads = 0;
    const source: ByteSource = {
      size: 10_000,
      read: async (start, end) => {
        reads++;
        return new TextEncoder().encode('a,1\n'.repeat((end - start) / 4));
      },
    };
    const outcome = await runChunkedImport(
      source,
      {},
      {
        chunkSize: 1000,
        onProgress: () => {},
        isCancelled: () => reads >= 3,
      },
    );
    expect(outcome).toBe('cancelled');
    expect(reads).toBe(3);
  });

  it('reads the next chunk while the current one is parsed, one ahead at most', async () => {
    const events: string[] = [];
    const source: ByteSource = {
      size: 3000,
      read: async (start) => {
        events.push(`read ${start}`);
        return new TextEncoder().encode('a,1\n'.repeat(250));
      },
    };
    const outcome = await runChunkedImport(
      source,
      {},
      {
        chunkSize: 1000,
        onProgress: (fraction) => events.push(`parsed to ${fraction.toFixed(2)}`),
        isCancelled: () => false,
      },
    );
    expect(outcome !== 'cancelled' && outcome.ok).toBe(true);
    expect(events).toEqual([
      'read 0',
      'read 1000',
      'parsed to 0.33',
      'read 2000',
      'parsed to 0.67',
      'parsed to 1.00',
    ]);
  });

  it('leaves no unheard failure when a read ahead fails after a cancel', async () => {
    let reads = 0;
    const source: ByteSource = {
      size: 3000,
      read: async () => {
        reads++;
        if (reads === 2) throw new Error('NotReadableError');
        return new TextEncoder().encode('a,1\n'.repeat(250));
      },
    };
    // Vitest fails the run on an unhandled rejection.
    const outcome = await runChunkedImport(
      source,
      {},
      { chunkSize: 1000, onProgress: () => {}, isCancelled: () => reads >= 2 },
    );
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(outcome).toBe('cancelled');
  });

  it('stops reading at a quote that never closes, and says where it opens', async () => {
    // A header, two good rows, then a quote opened on line 4 that never closes, in a 20 MB file.
    const head = 'sector,period,value\nfood,2019,1\nmetals,2019,2\n"oops,2019,3\n';
    const size = 20 * 1024 * 1024;
    const chunkSize = 1024 * 1024;
    let reads = 0;
    const source: ByteSource = {
      size,
      read: async (start, end) => {
        reads++;
        const text =
          start === 0
            ? head + 'x,2019,4\n'.repeat(Math.ceil(end / 9))
            : 'x,2019,4\n'.repeat(Math.ceil((end - start) / 9));
        return new TextEncoder().encode(text).slice(0, end - start);
      },
    };
    const outcome = await runChunkedImport(
      source,
      { file: 'open.csv' },
      { chunkSize, onProgress: () => {}, isCancelled: () => false },
    );
    expect(outcome !== 'cancelled' && outcome.ok).toBe(false);
    if (outcome === 'cancelled') return;
    expect(outcome.issues).toContainEqual(
      expect.objectContaining({ code: 'csv.unclosedQuote', file: 'open.csv', row: 4 }),
    );
    // Past the 4 MB an open record may reach, and one chunk read ahead: not the whole 20 MB.
    expect(reads).toBeLessThanOrEqual(7);
  });

  it('refuses a file above the limit without reading it', async () => {
    let reads = 0;
    const source: ByteSource = {
      size: MAX_IMPORT_BYTES + 1,
      read: async () => (reads++, new Uint8Array()),
    };
    const outcome = await runChunkedImport(
      source,
      { file: 'big.csv' },
      {
        chunkSize: 1024,
        onProgress: () => {},
        isCancelled: () => false,
      },
    );
    expect(reads).toBe(0);
    expect(outcome !== 'cancelled' && outcome.issues).toEqual([
      {
        code: 'import.tooLarge',
        severity: 'error',
        file: 'big.csv',
        params: {
          limitBytes: MAX_IMPORT_BYTES,
          limitMegabytes: 50,
          sizeBytes: MAX_IMPORT_BYTES + 1,
        },
      },
    ]);
  });

  it('turns a read error into an issue instead of rejecting', async () => {
    const source: ByteSource = {
      size: 10,
      read: async () => {
        throw new Error('NotReadableError');
      },
    };
    const outcome = await runChunkedImport(
      source,
      {},
      { chunkSize: 1024, onProgress: () => {}, isCancelled: () => false },
    );
    expect(outcome !== 'cancelled' && outcome.issues.map((issue) => issue.code)).toEqual([
      'import.readFailed',
    ]);
  });
});
