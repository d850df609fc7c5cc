/**
 * Bytes → text for a user's CSV. Students bring files from BPS, Excel and
 * LibreOffice: UTF-8 with or without a BOM, "Unicode text" (UTF-16 with a BOM)
 * and old Windows files (Windows-1252). Anything that is not text (an image,
 * a PDF, an Excel workbook renamed .csv) is refused with a reason.
 *
 * Decoding is incremental (`createStreamDecoder`) so the worker can read a
 * large file in slices; `decodeBytes` is the same decoder fed once.
 */
import { fail, ok } from '../result.ts';
import type { ImportIssue, ImportResult } from './issues.ts';

/** Files above this are refused before reading (the browser would struggle anyway). */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Whether the file started with a byte order mark (removed from `text`). */
  bom: boolean;
}

export type NotTextKind = 'png' | 'jpeg' | 'gif' | 'pdf' | 'zip' | 'xlsx' | 'xls' | 'binary';

const MAGIC: ReadonlyArray<{ kind: NotTextKind; bytes: readonly number[] }> = [
  { kind: 'png', bytes: [0x89, 0x50, 0x4e, 0x47] },
  { kind: 'jpeg', bytes: [0xff, 0xd8, 0xff] },
  { kind: 'gif', bytes: [0x47, 0x49, 0x46, 0x38] },
  { kind: 'pdf', bytes: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  { kind: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
  { kind: 'zip', bytes: [0x50, 0x4b, 0x05, 0x06] },
  // Old Excel (.xls) and other OLE2 compound files.
  { kind: 'xls', bytes: [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] },
];

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  if (bytes.length < prefix.length) return false;
  return prefix.every((byte, index) => bytes[index] === byte);
}

function includesAscii(bytes: Uint8Array, text: string, limit: number): boolean {
  const end = Math.min(bytes.length, limit) - text.length;
  outer: for (let start = 0; start <= end; start++) {
    for (let offset = 0; offset < text.length; offset++) {
      if (bytes[start + offset] !== text.charCodeAt(offset)) continue outer;
    }
    return true;
  }
  return false;
}

/** The kind of non-text file these first bytes start, or null when they may be text. */
export function sniffNotText(firstBytes: Uint8Array): NotTextKind | null {
  for (const { kind, bytes } of MAGIC) {
    if (startsWith(firstBytes, bytes)) {
      // An .xlsx is a zip whose first entry is usually [Content_Types].xml.
      if (kind === 'zip' && includesAscii(firstBytes, '[Content_Types].xml', 4096)) return 'xlsx';
      if (kind === 'zip' && includesAscii(firstBytes, 'xl/', 4096)) return 'xlsx';
      return kind;
    }
  }
  return null;
}

function notTextIssue(kind: NotTextKind): ImportIssue {
  return { code: 'import.notText', severity: 'error', params: { kind } };
}

export function tooLargeIssue(sizeBytes: number, limitBytes = MAX_IMPORT_BYTES): ImportIssue {
  return {
    code: 'import.tooLarge',
    severity: 'error',
    params: { limitBytes, limitMegabytes: Math.round(limitBytes / (1024 * 1024)), sizeBytes },
  };
}

/** Control characters other than those real text files hold (tab, LF, CR, FF, Ctrl-Z). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHAR = /[\u0000-\u0008\u000B\u000E-\u0019\u001B-\u001F]/;

function countControlChars(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    // Tab, LF, CR, form feed and the DOS end-of-file mark (Ctrl-Z) occur in real text files.
    if (
      code < 0x20 &&
      code !== 0x09 &&
      code !== 0x0a &&
      code !== 0x0d &&
      code !== 0x0c &&
      code !== 0x1a
    ) {
      count++;
    }
  }
  return count;
}

export interface StreamDecoder {
  /** Decodes the next slice of the file; text may be '' while bytes are held back. */
  push(bytes: Uint8Array): ImportResult<string>;
  /** Flushes held bytes; fails for an empty file. */
  finish(): ImportResult<string>;
  /** Known after the first push. */
  readonly encoding: TextEncodingName | null;
  readonly bom: boolean;
  /** Info and warning issues gathered so far (fallback, invalid characters). */
  readonly issues: readonly ImportIssue[];
}

/**
 * Bytes of an incomplete UTF-8 sequence at the end of `bytes` (0–3), which a
 * streaming decoder holds back until the next slice.
 */
function incompleteUtf8Tail(bytes: Uint8Array): number {
  for (let back = 1; back <= Math.min(3, bytes.length); back++) {
    const byte = bytes[bytes.length - back] ?? 0;
    if ((byte & 0xc0) === 0x80) continue; // continuation byte: keep looking for the lead
    if (byte < 0x80) return 0;
    const needed = byte >= 0xf0 ? 4 : byte >= 0xe0 ? 3 : 2;
    return needed > back ? back : 0;
  }
  return 0;
}

function concatBytes(first: Uint8Array, second: Uint8Array): Uint8Array {
  if (first.length === 0) return second;
  const joined = new Uint8Array(first.length + second.length);
  joined.set(first, 0);
  joined.set(second, first.length);
  return joined;
}

function hasNonAscii(text: string): boolean {
  return /[\u0080-\uFFFF]/.test(text);
}

export function createStreamDecoder(): StreamDecoder {
  let encoding: TextEncodingName | null = null;
  let bom = false;
  let decoder: TextDecoder | null = null;
  let started = false;
  let totalBytes = 0;
  let failed = false;
  /** Whether UTF-8 text beyond ASCII was already emitted (then a late switch to 1252 would be inconsistent). */
  let emittedNonAscii = false;
  /** The held-back tail of the previous slice (UTF-8 only), for a switch to Windows-1252. */
  let heldTail: Uint8Array = new Uint8Array(0);
  const issues: ImportIssue[] = [];
  let warnedInvalid = false;

  const fallBackTo1252 = (): void => {
    encoding = 'windows-1252';
    decoder = new TextDecoder('windows-1252');
    issues.push({ code: 'import.encodingFallback', severity: 'info', params: { encoding } });
  };

  const warnInvalid = (): void => {
    if (warnedInvalid) return;
    warnedInvalid = true;
    issues.push({
      code: 'import.invalidCharacters',
      severity: 'warning',
      params: { encoding: encoding ?? 'utf-8' },
    });
  };

  /** Sniffs the first slice; returns how many BOM bytes to skip, or the reason it is not text. */
  const start = (bytes: Uint8Array): { skip: number } | { problem: ImportIssue } => {
    const kind = sniffNotText(bytes);
    if (kind) return { problem: notTextIssue(kind) };
    let skip = 0;
    if (startsWith(bytes, [0xef, 0xbb, 0xbf])) {
      encoding = 'utf-8';
      bom = true;
      skip = 3;
    } else if (startsWith(bytes, [0xff, 0xfe])) {
      encoding = 'utf-16le';
      bom = true;
      skip = 2;
    } else if (startsWith(bytes, [0xfe, 0xff])) {
      encoding = 'utf-16be';
      bom = true;
      skip = 2;
    } else {
      encoding = 'utf-8';
    }
    // ignoreBOM: we strip the BOM ourselves (and count it), the decoder must not drop a second one.
    decoder =
      encoding === 'utf-8'
        ? new TextDecoder('utf-8', { fatal: true, ignoreBOM: true })
        : new TextDecoder(encoding, { ignoreBOM: true });
    started = true;
    return { skip };
  };

  const decodeSlice = (bytes: Uint8Array, stream: boolean): ImportResult<string> => {
    if (!decoder) return ok('');
    const heldBefore = heldTail.length;
    let text: string;
    try {
      text = decoder.decode(bytes, { stream });
    } catch {
      // Not UTF-8. If nothing beyond ASCII was shown yet, the whole file reads as Windows-1252.
      if (!emittedNonAscii) {
        fallBackTo1252();
        const replay = concatBytes(heldTail, bytes);
        text = (decoder as TextDecoder).decode(replay, { stream });
      } else {
        warnInvalid();
        // The failed call consumed nothing; the bytes held back from the last slice
        // (an unfinished sequence) are replayed, so they become U+FFFD, not lost.
        decoder = new TextDecoder('utf-8', { ignoreBOM: true });
        text = decoder.decode(concatBytes(heldTail, bytes), { stream });
      }
    }
    if (encoding === 'utf-8') {
      // A sequence can span several tiny slices: look at the held bytes too.
      const recent = bytes.length >= 3 ? bytes : concatBytes(heldTail, bytes);
      const tail = stream ? incompleteUtf8Tail(recent) : 0;
      heldTail = tail > 0 ? recent.slice(recent.length - tail) : new Uint8Array(0);
      // Every character beyond ASCII takes more bytes than UTF-16 units, so
      // text as long as the bytes decoded is ASCII: no scan of it needed.
      const ascii = heldBefore === 0 && tail === 0 && text.length === bytes.length;
      if (!emittedNonAscii && !ascii && hasNonAscii(text)) emittedNonAscii = true;
    }
    if ((encoding === 'utf-16le' || encoding === 'utf-16be') && text.includes('\uFFFD'))
      warnInvalid();
    // One native scan for control characters answers both checks below for almost every slice.
    if (CONTROL_CHAR.test(text)) {
      // A zero byte is binary data (in UTF-8 and Windows-1252 it decodes to U+0000, and only to it).
      if (encoding !== 'utf-16le' && encoding !== 'utf-16be' && text.includes('\u0000')) {
        failed = true;
        return fail([notTextIssue('binary')]);
      }
      // A text file has almost no control characters; binary data decoded as 1252 has many.
      const controls = countControlChars(text);
      if (controls >= 2 && controls > text.length / 20) {
        failed = true;
        return fail([notTextIssue('binary')]);
      }
    }
    return ok(text);
  };

  return {
    get encoding() {
      return encoding;
    },
    get bom() {
      return bom;
    },
    get issues() {
      return issues;
    },
    push(bytes: Uint8Array): ImportResult<string> {
      if (failed) return fail([]);
      if (bytes.length === 0) return ok('');
      totalBytes += bytes.length;
      let body = bytes;
      if (!started) {
        const sniffed = start(bytes);
        if ('problem' in sniffed) {
          failed = true;
          return fail([sniffed.problem]);
        }
        body = bytes.subarray(sniffed.skip);
      }
      return decodeSlice(body, true);
    },
    finish(): ImportResult<string> {
      if (failed) return fail([]);
      if (totalBytes === 0 || !started) return fail([{ code: 'csv.empty', severity: 'error' }]);
      return decodeSlice(new Uint8Array(0), false);
    },
  };
}

/** Decodes a whole file. Never throws; an empty or non-text file is an error issue. */
export function decodeBytes(bytes: Uint8Array): ImportResult<DecodedText> {
  if (bytes.length > MAX_IMPORT_BYTES) return fail([tooLargeIssue(bytes.length)]);
  const decoder = createStreamDecoder();
  const head = decoder.push(bytes);
  if (!head.ok) return fail(head.issues);
  const tail = decoder.finish();
  if (!tail.ok) return fail(tail.issues);
  const text = head.data + tail.data;
  if (text.trim() === '') return fail([{ code: 'csv.empty', severity: 'error' }]);
  return ok({ text, encoding: decoder.encoding ?? 'utf-8', bom: decoder.bom }, [...decoder.issues]);
}
