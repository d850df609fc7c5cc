import { describe, expect, it } from 'vitest';
import {
  createStreamDecoder,
  decodeBytes,
  MAX_IMPORT_BYTES,
  sniffNotText,
} from '../../../../src/domain/import/index.ts';

const bytes = (...values: number[]) => new Uint8Array(values);
const utf8 = (text: string) => new TextEncoder().encode(text);

describe('decodeBytes', () => {
  it('reads UTF-8 without a BOM', () => {
    const result = decodeBytes(utf8('Sektor;Nilai\nKopi & teh;1\n'));
    expect(result.data).toEqual({
      text: 'Sektor;Nilai\nKopi & teh;1\n',
      encoding: 'utf-8',
      bom: false,
    });
    expect(result.issues).toEqual([]);
  });

  it('reads UTF-16 BE with a BOM', () => {
    const result = decodeBytes(bytes(0xfe, 0xff, 0x00, 0x41, 0x00, 0x3b, 0x00, 0xe9));
    expect(result.data).toEqual({ text: 'A;é', encoding: 'utf-16be', bom: true });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8', () => {
    const result = decodeBytes(bytes(0x43, 0x61, 0x66, 0xe9, 0x3b, 0x80));
    expect(result.data).toMatchObject({ text: 'Café;€', encoding: 'windows-1252' });
    expect(result.issues.map((issue) => issue.code)).toEqual(['import.encodingFallback']);
  });

  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'png'],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0], 'jpeg'],
    ['GIF', [0x47, 0x49, 0x46, 0x38, 0x39, 0x61], 'gif'],
    ['PDF', [0x25, 0x50, 0x44, 0x46, 0x2d, 0x31], 'pdf'],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 0x14, 0x00], 'zip'],
    ['XLS', [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1], 'xls'],
  ])('refuses a %s file', (_name, magic, kind) => {
    const result = decodeBytes(new Uint8Array([...magic, 0x41, 0x42]));
    expect(result.ok).toBe(false);
    expect(result.issues).toEqual([
      { code: 'import.notText', severity: 'error', params: { kind } },
    ]);
  });

  it('recognizes an Excel workbook (a zip with [Content_Types].xml) as xlsx', () => {
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, ...utf8('....[Content_Types].xml')]);
    expect(sniffNotText(zip)).toBe('xlsx');
  });

  it('refuses bytes with NULs and no UTF-16 BOM as binary', () => {
    const result = decodeBytes(bytes(0x41, 0x00, 0x42, 0x00));
    expect(result.issues).toEqual([
      { code: 'import.notText', severity: 'error', params: { kind: 'binary' } },
    ]);
  });

  it('refuses an empty file and a file of only whitespace or a BOM', () => {
    expect(decodeBytes(bytes()).issues).toEqual([{ code: 'csv.empty', severity: 'error' }]);
    expect(decodeBytes(utf8(' \r\n\t')).issues).toEqual([{ code: 'csv.empty', severity: 'error' }]);
    expect(decodeBytes(bytes(0xef, 0xbb, 0xbf)).issues).toEqual([
      { code: 'csv.empty', severity: 'error' },
    ]);
  });

  it('refuses more than MAX_IMPORT_BYTES, stating the limit', () => {
    const result = decodeBytes(new Uint8Array(MAX_IMPORT_BYTES + 1));
    expect(result.issues).toEqual([
      {
        code: 'import.tooLarge',
        severity: 'error',
        params: {
          limitBytes: MAX_IMPORT_BYTES,
          limitMegabytes: 50,
          sizeBytes: MAX_IMPORT_BYTES + 1,
        },
      },
    ]);
  });
});

describe('createStreamDecoder', () => {
  const decodeInSlices = (data: Uint8Array, size: number) => {
    const decoder = createStreamDecoder();
    let text = '';
    for (let offset = 0; offset < data.length; offset += size) {
      const result = decoder.push(data.subarray(offset, offset + size));
      if (!result.ok) return { text, ok: false, encoding: decoder.encoding };
      text += result.data;
    }
    const tail = decoder.finish();
    return { text: text + (tail.data ?? ''), ok: tail.ok, encoding: decoder.encoding };
  };

  it('decodes UTF-8 split inside a multi-byte character', () => {
    const data = utf8('Kertas “pulp” — é\n'.repeat(5));
    for (const size of [1, 2, 3, 5, 7]) {
      expect(decodeInSlices(data, size)).toEqual({
        text: 'Kertas “pulp” — é\n'.repeat(5),
        ok: true,
        encoding: 'utf-8',
      });
    }
  });

  it('switches to Windows-1252 when a later slice is not UTF-8, keeping earlier ASCII text', () => {
    // The first slice ends with 0xE9, which UTF-8 holds back as the start of a sequence.
    const data = new Uint8Array([...utf8('Sektor;Nilai\nCaf'), 0xe9, ...utf8(';1\n')]);
    expect(decodeInSlices(data, 17)).toEqual({
      text: 'Sektor;Nilai\nCafé;1\n',
      ok: true,
      encoding: 'windows-1252',
    });
  });

  it('refuses a NUL byte in a later slice as binary', () => {
    const data = new Uint8Array([...utf8('Sektor;Nilai\nKopi;1\n'), 0x41, 0x00, 0x42]);
    expect(decodeInSlices(data, 20)).toMatchObject({ ok: false, encoding: 'utf-8' });
    const decoder = createStreamDecoder();
    decoder.push(data.subarray(0, 20));
    expect(decoder.push(data.subarray(20)).issues).toEqual([
      { code: 'import.notText', severity: 'error', params: { kind: 'binary' } },
    ]);
  });

  it('stays UTF-8 once a slice held a character beyond ASCII: a later bad byte is U+FFFD, not a switch', () => {
    // Slice 1 is ASCII; slice 2 holds "é" (2 bytes, 1 character); slice 3 a byte that is not UTF-8.
    const slices = [utf8('Sektor;Nilai\n'), utf8('Café;1\n'), bytes(0x4b, 0xff, 0x3b, 0x32, 0x0a)];
    const decoder = createStreamDecoder();
    const texts = slices.map((slice) => decoder.push(slice).data);
    texts.push(decoder.finish().data);
    expect(texts.join('')).toBe('Sektor;Nilai\nCafé;1\nK\uFFFD;2\n');
    expect(decoder.encoding).toBe('utf-8');
    expect(decoder.issues).toEqual([
      { code: 'import.invalidCharacters', severity: 'warning', params: { encoding: 'utf-8' } },
    ]);
  });

  it('decodes UTF-16 LE split at odd byte positions', () => {
    const body = Buffer.from('Sektor\tNilai\r\nKopi\t1,5\r\n', 'utf16le');
    const data = new Uint8Array([0xff, 0xfe, ...body]);
    expect(decodeInSlices(data, 3)).toEqual({
      text: 'Sektor\tNilai\r\nKopi\t1,5\r\n',
      ok: true,
      encoding: 'utf-16le',
    });
  });
});
