/** Importing a user's own CSV: pure functions, safe in a worker and in node. */
export { createImportAggregator, DEFAULT_PREVIEW_ROWS, MAX_AGGREGATE_GROUPS } from './aggregate.ts';
export type {
  AggregatedImport,
  AggregateGroup,
  AggregatorOptions,
  ImportAggregator,
} from './aggregate.ts';
export { createStreamDecoder, decodeBytes, MAX_IMPORT_BYTES, sniffNotText } from './decode.ts';
export type { DecodedText, NotTextKind, StreamDecoder, TextEncodingName } from './decode.ts';
export { createImportEngine, parseImport } from './engine.ts';
export { MAX_SKIPPED_LISTED } from './rows.ts';
export type { ImportIssue, ImportIssueCode, ImportResult, ReusedIssueCode } from './issues.ts';
export { MAX_ISSUES_PER_CODE } from './issues.ts';
export { analyzeLayout, detectDelimiter } from './layout.ts';
export type { DelimiterDetection } from './layout.ts';
export { guessMapping } from './mapping.ts';
export type { ColumnMapping } from './mapping.ts';
export {
  detectNumberFormat,
  writeInFormat,
  NUMBER_FORMAT_IDS,
  parseNumber,
  parsePrintedNumber,
} from './numberFormat.ts';
export type { FormatDetection, NumberFormat, NumberFormatId } from './numberFormat.ts';
export { parsePeriod } from './period.ts';
export { checkShares, validateShares } from './shares.ts';
export type { ShareCheck, ShareEntry, ShareStatus } from './shares.ts';
export type {
  CellValue,
  ColumnKind,
  Delimiter,
  ImportedColumn,
  ImportedRow,
  ImportedTable,
  ImportOptions,
  ImportReport,
  SkippedRow,
} from './types.ts';
export { DELIMITERS, isDelimiter } from './types.ts';
export {
  byteSourceOf,
  DEFAULT_CHUNK_SIZE,
  parseWorkerRequest,
  runChunkedImport,
} from './workerProtocol.ts';
export type {
  ByteSource,
  ImportWorkerRequest,
  ImportWorkerResponse,
  RunControls,
} from './workerProtocol.ts';
