import { lazyChunk } from '../../lib/lazyChunk.ts';

/**
 * The citation dialog and its formatter (citation-js): the largest code a
 * reader can ask for, loaded when a Cite button is pressed, never before.
 */
export const LazyCitationDialog = lazyChunk(() => import('./CitationDialog.tsx'));
