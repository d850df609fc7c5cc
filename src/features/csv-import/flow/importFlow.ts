/**
 * The import as a state machine: idle → reading → review (or failed) → kept.
 * A pure reducer, so every transition is tested without React; ImportPanel
 * dispatches and draws what the state holds.
 *
 * - idle: nothing under way (`cancelled` when the last read was cancelled).
 * - reading: a file is read; the review on screen (if any) stays, busy.
 * - review: the report and the column mapping, waiting for "Chart this data".
 * - failed: the file could not be imported; a remapping keeps its review.
 * - kept: the charted dataset was kept in this browser.
 */
import type { AggregatedImport, ImportIssue } from '../../../domain/import/index.ts';

/** The columns chosen for labels, values and periods (null: none). */
export interface MappingChoice {
  label: string | null;
  value: string | null;
  period: string | null;
}

export interface Review {
  file: Blob;
  fileName: string;
  imported: AggregatedImport;
  issues: ImportIssue[];
  mapping: MappingChoice;
  shares: boolean;
}

export type ImportFlow =
  | { state: 'idle'; cancelled: boolean }
  | { state: 'reading'; fileName: string; fraction: number; remap: boolean; review: Review | null }
  | { state: 'review'; review: Review; cancelled: boolean }
  | { state: 'failed'; fileName: string; issues: ImportIssue[]; review: Review | null }
  | { state: 'kept'; name: string };

export type ImportAction =
  /** A read starts: a new file, or the review's file again with a new mapping (`remap`). */
  | { type: 'read'; fileName: string; remap: boolean }
  | { type: 'progress'; fraction: number }
  | { type: 'read-done'; review: Review }
  | { type: 'read-failed'; fileName: string; issues: ImportIssue[] }
  | { type: 'cancel' }
  | { type: 'edit'; mapping?: MappingChoice; shares?: boolean }
  | { type: 'discard' }
  /** The review was charted (the panel shows it); keeping it is under way. */
  | { type: 'charted' }
  | { type: 'kept'; name: string };

export const initialImportFlow: ImportFlow = { state: 'idle', cancelled: false };

/** The review on screen in any state (during a read, after a failed remapping). */
export function reviewOf(flow: ImportFlow): Review | null {
  return flow.state === 'reading' || flow.state === 'review' || flow.state === 'failed'
    ? flow.review
    : null;
}

export function importFlowReducer(flow: ImportFlow, action: ImportAction): ImportFlow {
  switch (action.type) {
    case 'read':
      return {
        state: 'reading',
        fileName: action.fileName,
        fraction: 0,
        remap: action.remap,
        review: reviewOf(flow),
      };
    case 'progress':
      return flow.state === 'reading' ? { ...flow, fraction: action.fraction } : flow;
    case 'read-done':
      return flow.state === 'reading'
        ? { state: 'review', review: action.review, cancelled: false }
        : flow;
    case 'read-failed':
      // Refused before reading (too large) or after; what was on screen stays.
      return {
        state: 'failed',
        fileName: action.fileName,
        issues: action.issues,
        review: flow.state === 'reading' && !flow.remap ? null : reviewOf(flow),
      };
    case 'cancel': {
      if (flow.state !== 'reading') return flow;
      return flow.review
        ? { state: 'review', review: flow.review, cancelled: true }
        : { state: 'idle', cancelled: true };
    }
    case 'edit': {
      const review = reviewOf(flow);
      if (!review || flow.state === 'reading') return flow;
      const edited = {
        ...review,
        ...(action.mapping ? { mapping: action.mapping } : {}),
        ...(action.shares !== undefined ? { shares: action.shares } : {}),
      };
      return flow.state === 'failed'
        ? { ...flow, review: edited }
        : { state: 'review', review: edited, cancelled: false };
    }
    case 'discard':
      return flow.state === 'reading' ? flow : initialImportFlow;
    case 'charted':
      return flow.state === 'review' || flow.state === 'failed' ? initialImportFlow : flow;
    case 'kept':
      // A read started since then has the screen; "kept" is not news over it.
      return flow.state === 'idle' ? { state: 'kept', name: action.name } : flow;
  }
}
