/** Built by build/bundledDataPlugin.ts from data/ (parsed and checked at build time). */
declare module 'virtual:dataset/*' {
  /** The dataset as JSON; read it with datasetFromJson (domain/datasetJson.ts). */
  const json: string;
  export default json;
}

declare module 'virtual:decode-context' {
  import type { DecodeContext } from './state/urlState.ts';
  const context: DecodeContext;
  export default context;
}
