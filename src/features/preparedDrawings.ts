import type { ChartId, ChartModel } from '../domain/chartModel.ts';
import { loadChunk } from '../lib/lazyChunk.ts';
import {
  drawingSignature,
  isPrepared,
  rememberDrawing,
} from '../components/charts/staticDrawings.ts';

/** A chart's views one click away (as its panel lists them), to draw at a layout width. */
interface Request {
  chart: ChartId;
  neighbours: () => readonly ChartModel[];
  layoutWidth: number;
  /** The signature of the view on screen: it is drawn live, not ahead. */
  onScreen: string;
}

let pending: Request[] = [];
let running = false;
let enabled = false;

/**
 * Turns drawing ahead on: the browser app does (main.tsx); the build's
 * prerender and the component tests render the same panels without it.
 */
export function enablePreparedDrawings(): void {
  enabled = true;
}

/** Waits for a moment the page has nothing else to do. */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 2000 });
    else setTimeout(resolve, 50);
  });
}

/** Says on the page whether views are being drawn ahead (the browser tests wait for the end). */
function setBusy(busy: boolean) {
  document.documentElement.toggleAttribute('data-drawing-ahead', busy);
}

async function work() {
  if (running) return;
  running = true;
  setBusy(true);
  try {
    const [{ chartDrawing }, { renderDrawingMarkup }] = await Promise.all([
      loadChunk(() => import('./charts/chartDrawings.tsx')),
      loadChunk(() => import('../components/charts/renderDrawing.ts')),
    ]);
    while (pending.length > 0) {
      await idle();
      // The newest request first (the reader is where they last clicked); older ones are stale.
      const request = pending.at(-1)!;
      pending = pending.filter((other) => other.chart !== request.chart);
      for (const model of request.neighbours()) {
        const signature = drawingSignature(model);
        if (signature === request.onScreen) continue;
        // At the layout width in use (the donut has one size of its own).
        const drawing = await chartDrawing(model, request.layoutWidth, { interactive: true });
        if (isPrepared(request.chart, signature, drawing.width)) continue;
        // Drawn off screen in React's interruptible mode: no long task.
        const markup = await renderDrawingMarkup(drawing.element);
        rememberDrawing(request.chart, signature, drawing.width, markup);
        // A newer request for this chart replaces the rest of this one.
        if (pending.some((other) => other.chart === request.chart)) break;
        await idle();
      }
    }
  } catch (error) {
    // Drawing ahead is a head start, not a duty: without it a view change draws live.
    console.warn('Could not draw views ahead', error);
  } finally {
    running = false;
    setBusy(false);
  }
}

/**
 * Draws, when the page is idle, the views a chart's controls are one click
 * from, so that a click paints at once (ChartCanvas draws the live chart
 * behind it). Nothing is computed before the page is idle.
 */
export function prepareDrawings(
  chart: ChartId,
  neighbours: () => readonly ChartModel[],
  layoutWidth: number,
  onScreen: string,
): void {
  if (!enabled) return;
  pending.push({ chart, neighbours, layoutWidth, onScreen });
  void work();
}
