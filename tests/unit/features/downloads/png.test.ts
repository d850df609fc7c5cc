// @vitest-environment jsdom
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { PngExportIssueCode } from '../../../../src/features/downloads/png.ts';
import { MAX_CANVAS_PIXELS, svgToPngBlob } from '../../../../src/features/downloads/png.ts';

const svg =
  '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="5"><rect width="10" height="5"/></svg>';

/** jsdom loads no images; this one succeeds, fails or never answers, as told. */
function fakeImage(outcome: 'load' | 'error' | 'never') {
  return class FakeImage {
    static last: FakeImage | undefined;
    onload: (() => void) | null = null;
    onerror: (() => void) | null = null;
    decoding = 'auto';
    private source = '';
    constructor() {
      FakeImage.last = this;
    }
    get src(): string {
      return this.source;
    }
    set src(value: string) {
      this.source = value;
      if (outcome === 'never') return;
      queueMicrotask(() => (outcome === 'load' ? this.onload?.() : this.onerror?.()));
    }
  };
}

function fakeCanvas(blob: Blob | null = new Blob(['png'], { type: 'image/png' })) {
  const drawImage = vi.fn();
  const canvases: HTMLCanvasElement[] = [];
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (
    this: HTMLCanvasElement,
  ) {
    canvases.push(this);
    return { drawImage } as unknown as CanvasRenderingContext2D;
  } as unknown as HTMLCanvasElement['getContext']);
  vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation((callback) => callback(blob));
  return { drawImage, canvases };
}

/** A failure: the one result type with one error issue, and the browser's message when there is one. */
function failed(code: PngExportIssueCode, detail?: string) {
  return {
    ok: false,
    issues: [{ code, severity: 'error', ...(detail ? { params: { detail } } : {}) }],
  };
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('svgToPngBlob', () => {
  it('draws the SVG from a data: URL at scale × its size and returns the PNG blob', async () => {
    const Image = fakeImage('load');
    vi.stubGlobal('Image', Image);
    const { drawImage, canvases } = fakeCanvas();
    const result = await svgToPngBlob(svg, 640, 480);
    expect(result).toMatchObject({
      ok: true,
      data: { pixelWidth: 1280, pixelHeight: 960, scale: 2 },
    });
    if (result.ok) expect(result.data.blob.type).toBe('image/png');
    expect(canvases[0]?.width).toBe(1280);
    expect(canvases[0]?.height).toBe(960);
    expect(drawImage).toHaveBeenCalledWith(Image.last, 0, 0, 1280, 960);
    expect(Image.last?.src).toBe(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`);
  });

  it('lowers the scale rather than exceed the largest canvas a phone can draw', async () => {
    vi.stubGlobal('Image', fakeImage('load'));
    fakeCanvas();
    const result = await svgToPngBlob(svg, 4000, 3000, 3);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.data.pixelWidth * result.data.pixelHeight).toBeLessThanOrEqual(MAX_CANVAS_PIXELS);
    expect(result.data.scale).toBeLessThan(3);
  });

  it('reports bad sizes, a missing canvas, load failures, timeouts and encode failures as values', async () => {
    for (const [width, height] of [
      [0, 10],
      [10, Number.NaN],
      [-5, 10],
      [Number.POSITIVE_INFINITY, 10],
    ]) {
      expect(await svgToPngBlob(svg, width ?? 0, height ?? 0)).toEqual(failed('png.invalidSize'));
    }

    vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    expect(await svgToPngBlob(svg, 10, 5)).toEqual(failed('png.noCanvas'));
    vi.restoreAllMocks();

    fakeCanvas();
    vi.stubGlobal('Image', fakeImage('error'));
    expect(await svgToPngBlob(svg, 10, 5)).toEqual(failed('png.imageLoadFailed'));
    vi.stubGlobal('Image', fakeImage('never'));
    expect(await svgToPngBlob(svg, 10, 5, 2, { timeoutMs: 5 })).toEqual(failed('png.timeout'));
    vi.restoreAllMocks();

    fakeCanvas(null);
    vi.stubGlobal('Image', fakeImage('load'));
    expect(await svgToPngBlob(svg, 10, 5)).toEqual(failed('png.encodeFailed'));
    vi.restoreAllMocks();

    fakeCanvas();
    vi.spyOn(HTMLCanvasElement.prototype, 'toBlob').mockImplementation(() => {
      throw new DOMException('The canvas has been tainted', 'SecurityError');
    });
    expect(await svgToPngBlob(svg, 10, 5)).toEqual(
      failed('png.encodeFailed', 'The canvas has been tainted'),
    );
  });
});
