/**
 * PNG from the static SVG, in the browser, with no dependencies: the SVG is
 * loaded into an <img> from a data: URL (not a blob: URL, which older Safari
 * treated as cross-origin and tainted the canvas), drawn onto a canvas at
 * `scale` × its size and encoded. The SVG has no external references, so the
 * canvas stays clean and `toBlob` is allowed.
 *
 * Errors are values: a failure comes back as the one Result (domain/result.ts)
 * with an issue whose code the UI translates (and offers the SVG instead);
 * nothing is thrown at the caller.
 */
import type { Issue, Result } from '../../domain/result.ts';
import { fail, ok } from '../../domain/result.ts';

/**
 * Why no PNG came out: a size that is no size; no 2D canvas; the SVG did not
 * load as an image, or not in time; the canvas could not be encoded (too large,
 * or tainted). params: { detail } with the browser's message when there is one,
 * for logs and bug reports.
 */
export type PngExportIssueCode =
  'png.invalidSize' | 'png.noCanvas' | 'png.imageLoadFailed' | 'png.timeout' | 'png.encodeFailed';

export interface PngImage {
  blob: Blob;
  pixelWidth: number;
  pixelHeight: number;
  /** The scale drawn at: the one asked for, or lower where the canvas would be too large. */
  scale: number;
}

export type PngExportResult = Result<PngImage, PngExportIssueCode>;

export interface PngExportOptions {
  /** Give up when the image has not loaded by then. */
  timeoutMs?: number;
}

/** The largest canvas iOS Safari will draw (4096 × 4096); bigger ones silently come out blank. */
export const MAX_CANVAS_PIXELS = 16_777_216;
const DEFAULT_TIMEOUT_MS = 10_000;

function failure(code: PngExportIssueCode, detail?: string): PngExportResult {
  const issue: Issue<PngExportIssueCode> = { code, severity: 'error' };
  return fail([detail ? { ...issue, params: { detail } } : issue]);
}

function messageOf(error: unknown): string {
  // jsdom's and some browsers' DOMException are not `instanceof Error`; their message is still there.
  if (
    typeof error === 'object' &&
    error !== null &&
    'message' in error &&
    typeof error.message === 'string'
  ) {
    return error.message;
  }
  return String(error);
}

type LoadFailure = 'png.imageLoadFailed' | 'png.timeout';

function loadImage(src: string, timeoutMs: number): Promise<HTMLImageElement | LoadFailure> {
  return new Promise((resolve) => {
    const image = new Image();
    const timer = setTimeout(() => finish('png.timeout'), timeoutMs);
    function finish(outcome: HTMLImageElement | LoadFailure) {
      clearTimeout(timer);
      image.onload = null;
      image.onerror = null;
      resolve(outcome);
    }
    image.onload = () => finish(image);
    image.onerror = () => finish('png.imageLoadFailed');
    image.decoding = 'async';
    image.src = src;
  });
}

function canvasToBlob(canvas: HTMLCanvasElement): Promise<Blob | null> {
  return new Promise((resolve) => canvas.toBlob(resolve, 'image/png'));
}

/**
 * Rasterizes a standalone SVG of `width` × `height` CSS pixels at `scale`
 * (2 for sharp images on high-density screens and in slides). The scale is
 * lowered when the canvas would exceed MAX_CANVAS_PIXELS.
 */
export async function svgToPngBlob(
  svg: string,
  width: number,
  height: number,
  scale = 2,
  options: PngExportOptions = {},
): Promise<PngExportResult> {
  if (!(Number.isFinite(width) && Number.isFinite(height) && width > 0 && height > 0)) {
    return failure('png.invalidSize');
  }
  const wanted = Number.isFinite(scale) && scale > 0 ? scale : 2;
  const effectiveScale = Math.min(wanted, Math.sqrt(MAX_CANVAS_PIXELS / (width * height)));
  const pixelWidth = Math.floor(width * effectiveScale);
  const pixelHeight = Math.floor(height * effectiveScale);
  if (pixelWidth < 1 || pixelHeight < 1) return failure('png.invalidSize');
  if (typeof document === 'undefined' || typeof Image === 'undefined')
    return failure('png.noCanvas');

  try {
    const canvas = document.createElement('canvas');
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
    const context = canvas.getContext('2d');
    if (!context) return failure('png.noCanvas');

    const image = await loadImage(
      `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
      options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    );
    if (typeof image === 'string') return failure(image);
    // Drawn at the target size, so the browser rasterizes the vector sharply rather than upscaling a bitmap.
    context.drawImage(image, 0, 0, pixelWidth, pixelHeight);

    const blob = await canvasToBlob(canvas);
    if (!blob) return failure('png.encodeFailed');
    return ok({ blob, pixelWidth, pixelHeight, scale: effectiveScale });
  } catch (error) {
    // A tainted canvas (SecurityError) or an out-of-memory canvas: explain, don't crash the panel.
    return failure('png.encodeFailed', messageOf(error));
  }
}
