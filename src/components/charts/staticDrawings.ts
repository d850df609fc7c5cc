import { createContext, useContext } from 'react';
import type { ChartId } from '../../domain/chartModel.ts';

/**
 * Prerendered chart drawings ("islands"): the SVG markup the build drew for
 * each chart at every layout width, with the signature of the model it drew.
 *
 * At build time the prerender fills this from Recharts rendered in jsdom; in
 * the browser main.tsx fills it from the page before hydrating, so the
 * hydrated tree matches the HTML exactly. A chart shows its island until it
 * comes near the viewport or is used, then draws live over it (the same
 * drawing, so nothing moves). An island whose signature no longer matches the
 * model (the reader changed the view) is never shown.
 */
export interface StaticDrawing {
  signature: string;
  markup: string;
}

/** The island for a chart whose model has `signature`, if there is one. */
export type StaticDrawings = (chart: ChartId, signature: string) => StaticDrawing | undefined;

export const StaticDrawingsContext = createContext<StaticDrawings>(() => undefined);

export function useStaticDrawing(chart: ChartId, signature: string): StaticDrawing | undefined {
  return useContext(StaticDrawingsContext)(chart, signature);
}

/** Reads the islands out of prerendered HTML (main.tsx, before hydrating). */
export function readStaticDrawings(root: ParentNode): StaticDrawings {
  const found = new Map<string, StaticDrawing>();
  for (const element of root.querySelectorAll<HTMLElement>('[data-drawing]')) {
    const signature = element.dataset.signature;
    if (signature !== undefined)
      found.set(`${element.dataset.drawing}:${signature}`, {
        signature,
        markup: element.innerHTML,
      });
  }
  return (chart, signature) => found.get(`${chart}:${signature}`);
}

/** A short, stable fingerprint of what a chart draws (FNV-1a of its JSON). */
export function drawingSignature(value: unknown): string {
  const text = JSON.stringify(value);
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return (hash >>> 0).toString(36);
}

/**
 * Drawings made ahead in the browser (features/preparedDrawings.ts): the
 * views a control is one click from, drawn off screen while the reader
 * reads, at the layout width in use. A view change to one of them paints it
 * at once and draws the live chart behind it (ChartCanvas).
 */
const prepared = new Map<string, string>();

function preparedKey(chart: ChartId, signature: string, layoutWidth: number): string {
  return `${chart}:${signature}:${layoutWidth}`;
}

export function rememberDrawing(
  chart: ChartId,
  signature: string,
  layoutWidth: number,
  markup: string,
): void {
  prepared.set(preparedKey(chart, signature, layoutWidth), markup);
}

/** A drawing made ahead for this chart, model and layout width, as an island. */
export function preparedDrawing(
  chart: ChartId,
  signature: string,
  layoutWidth: number,
): StaticDrawing | undefined {
  const svg = prepared.get(preparedKey(chart, signature, layoutWidth));
  return svg === undefined
    ? undefined
    : { signature, markup: `<div class="chart-layout chart-layout--fixed">${svg}</div>` };
}

export function isPrepared(chart: ChartId, signature: string, layoutWidth: number): boolean {
  return prepared.has(preparedKey(chart, signature, layoutWidth));
}
