/**
 * The part of papaparse the domain uses (its Parser), for src/domain's own
 * type check only (src/domain/tsconfig.json maps 'papaparse' here):
 * @types/papaparse pulls in all of Node's types, which would let Node-only
 * APIs pass in code that must also run in a worker.
 */
export interface PapaParserConfig {
  delimiter?: string;
  newline?: '\n' | '\r' | '\r\n';
  quoteChar?: string;
}

export declare class Parser {
  constructor(config: PapaParserConfig);
  /** Types as papaparse returns them; the caller narrows. */
  parse(input: string, baseIndex: number, ignoreLastRow: boolean): unknown;
}

declare const Papa: { Parser: typeof Parser };
export default Papa;
