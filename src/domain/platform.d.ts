/**
 * What src/domain may use beyond ES2023: only what both a browser worker and
 * Node 20 provide. Checked by src/domain/tsconfig.json (lib ES2023, no DOM, no
 * Node types); the app's own check has the DOM lib instead, so this file is
 * excluded there.
 */
interface TextDecodeOptions {
  stream?: boolean;
}

interface TextDecoderOptions {
  fatal?: boolean;
  ignoreBOM?: boolean;
}

interface TextDecoder {
  readonly encoding: string;
  decode(input?: Uint8Array, options?: TextDecodeOptions): string;
}

// eslint-disable-next-line no-var -- a global constructor is declared as a var (as lib.dom.d.ts does)
declare var TextDecoder: {
  prototype: TextDecoder;
  new (label?: string, options?: TextDecoderOptions): TextDecoder;
};

/** A File or Blob: sliced into byte ranges. */
interface Blob {
  readonly size: number;
  slice(start?: number, end?: number): Blob;
  arrayBuffer(): Promise<ArrayBuffer>;
}

declare function setTimeout(callback: (value: undefined) => void, ms?: number): unknown;
