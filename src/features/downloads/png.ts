/**
 * PNG from the static SVG, in the browser, with no dependencies: the SVG is
 * loaded into an <img> from a data: URL (not a blob: URL, which older Safari
 * treated as cross-origin and tainted the canvas), drawn onto a canvas at
 * `scale` × its size and encoded. The SVG has no external references, so the
 * canvas stays clean and `toBlob` is allowed.
 *
 * Errors are values: a failure comes back as `{ ok: false, reason }` for the
 * UI to explain (and offer the SVG instead); nothing is thrown at the caller.
 */

export type PngExportFailure =
  'invalid-size' | 'no-canvas' | 'image-load-failed' | 'timeout' | 'encode-failed';

export type PngExportResult =
  | { ok: true; blob: Blob; pixelWidth: number; pixelHeight: number; scale: number }
  | {
      ok: false;
      /** A code for the UI to translate. */
      reason: PngExportFailure;
      /** The same in words, with the browser's message when there is one (for logs and bug reports). */
      error: string;
    };

export interface PngExportOptions {
  /** Give up when the image has not loaded by then. */
  timeoutMs?: number;
}

/** The largest canvas iOS Safari will draw (4096 × 4096); bigger ones silently come out blank. */
export const MAX_CANVAS_PIXELS = 16_777_216;
const DEFAULT_TIMEOUT_MS = 10_000;

function failure(reason: PngExportFailure, detail?: string): PngExportResult {
  return { ok: false, reason, error: detail ? `${reason}: ${detail}` : reason };
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

function loadImage(src: string, timeoutMs: number): Promise<HTMLImageElement | PngExportFailure> {
  return new Promise((resolve) => {
    const image = new Image();
    const timer = setTimeout(() => finish('timeout'), timeoutMs);
    function finish(outcome: HTMLImageElement | PngExportFailure) {
      clearTimeout(timer);
      image.onload = null;
      image.onerror = null;
      resolve(outcome);
    }
    image.onload = () => finish(image);
    image.onerror = () => finish('image-load-failed');
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
    return failure('invalid-size');
  }
  const wanted = Number.isFinite(scale) && scale > 0 ? scale : 2;
  const effectiveScale = Math.min(wanted, Math.sqrt(MAX_CANVAS_PIXELS / (width * height)));
  const pixelWidth = Math.floor(width * effectiveScale);
  const pixelHeight = Math.floor(height * effectiveScale);
  if (pixelWidth < 1 || pixelHeight < 1) return failure('invalid-size');
  if (typeof document === 'undefined' || typeof Image === 'undefined') return failure('no-canvas');

  try {
    const canvas = document.createElement('canvas');
    canvas.width = pixelWidth;
    canvas.height = pixelHeight;
    const context = canvas.getContext('2d');
    if (!context) return failure('no-canvas');

    const image = await loadImage(
      `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`,
      options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    );
    if (typeof image === 'string') return failure(image);
    // Drawn at the target size, so the browser rasterizes the vector sharply rather than upscaling a bitmap.
    context.drawImage(image, 0, 0, pixelWidth, pixelHeight);

    const blob = await canvasToBlob(canvas);
    if (!blob) return failure('encode-failed');
    return { ok: true, blob, pixelWidth, pixelHeight, scale: effectiveScale };
  } catch (error) {
    // A tainted canvas (SecurityError) or an out-of-memory canvas: explain, don't crash the panel.
    return failure('encode-failed', messageOf(error));
  }
}
