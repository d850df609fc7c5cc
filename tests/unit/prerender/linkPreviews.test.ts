// @vitest-environment jsdom
import { PNG } from 'pngjs';
import type { IndexHtmlTransformHook, Plugin } from 'vite';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { buildAllDatasets, readDataDir } from '../../../build/bundledDataPlugin';
import {
  createSharing,
  renderPreviewPng,
  shareHeadTags,
  singleFileSharingPlugin,
} from '../../../build/prerender/sharing';
import { fitOnCard, previewImages, resolveColorTokens } from '../../../src/prerender/linkPreviews';
import { previewTexts } from '../../../src/prerender/previewText';
import { modelsOf } from '../../../src/prerender/defaultModels';
import { embedViews } from '../../../src/prerender/embedViews';

const built = buildAllDatasets(readDataDir('data'));
if (!built.ok) throw new Error(built.problems.join('\n'));
const datasets = built.datasets;

/** content of <meta property|name="key">, or null. */
function metaContent(html: string, key: string): string | null {
  const match = new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html);
  return match ? match[1]! : null;
}

const page = {
  locale: 'id' as const,
  title: 'Industri "makanan" <21%>',
  description: 'Ringkasan & angka',
  imageAlt: 'Grafik batang',
  siteName: 'Ekspor',
  imageWidth: 1200,
  imageHeight: 630,
};

describe('share tags', () => {
  it('name an absolute image and address, with the large card, when the address is public', () => {
    const html = shareHeadTags({
      ...page,
      pageUrl: 'https://example.org/d/id/chart/pmi.html',
      imageUrl: 'https://example.org/d/id/preview/pmi.png',
    }).join('\n');
    expect(metaContent(html, 'og:image')).toBe('https://example.org/d/id/preview/pmi.png');
    expect(metaContent(html, 'og:url')).toBe('https://example.org/d/id/chart/pmi.html');
    expect(metaContent(html, 'og:locale')).toBe('id_ID');
    expect(metaContent(html, 'og:locale:alternate')).toBe('en_US');
    expect(metaContent(html, 'og:image:width')).toBe('1200');
    expect(metaContent(html, 'og:image:alt')).toBe('Grafik batang');
    expect(metaContent(html, 'twitter:card')).toBe('summary_large_image');
    expect(metaContent(html, 'twitter:image')).toBe('https://example.org/d/id/preview/pmi.png');
    // Text is escaped, never ends the attribute.
    expect(metaContent(html, 'og:title')).toBe('Industri &quot;makanan&quot; &lt;21%&gt;');
    expect(metaContent(html, 'og:description')).toBe('Ringkasan &amp; angka');
  });

  it('leave out the image and address without a public address (Open Graph wants them absolute)', () => {
    const html = shareHeadTags(page).join('\n');
    expect(metaContent(html, 'og:title')).not.toBeNull();
    expect(metaContent(html, 'og:description')).toBe('Ringkasan &amp; angka');
    expect(html).not.toMatch(/og:image|og:url|twitter:image/);
    expect(metaContent(html, 'twitter:card')).toBe('summary');
  });

  it('give embed pages an oEmbed link only when the address is public', () => {
    const embed = { kind: 'embed', chart: 'pmi', locale: 'en' } as const;
    const head = '<html lang="en"><head></head><body></body></html>';
    const sharing = createSharing(datasets, 'https://example.org/');
    const publicPage = sharing.decorate(head, embed, 'embed/pmi.html');
    expect(publicPage).toContain(
      '<link rel="alternate" type="application/json+oembed" href="https://example.org/oembed/pmi.json"',
    );
    expect(metaContent(publicPage, 'og:url')).toBe('https://example.org/embed/pmi.html');
    expect(
      createSharing(datasets, undefined).decorate(head, embed, 'embed/pmi.html'),
    ).not.toContain('oembed');
    // Another view's embed page: its own oEmbed answer, named by that view's title; the preview
    // image stays the chart's default view.
    const view = embedViews(datasets, 'pmi').find((v) => v.query === 'pmi=2020-01..2020-12')!;
    const viewPage = sharing.decorate(head, { ...embed, view }, `embed/pmi/${view.slug}.html`);
    expect(viewPage).toContain(`href="https://example.org/oembed/pmi/${view.slug}.json"`);
    expect(viewPage).toContain(`title="${modelsOf(datasets, 'en', view.state).pmi!.text.title}"`);
    expect(metaContent(viewPage, 'og:url')).toBe(`https://example.org/embed/pmi/${view.slug}.html`);
    expect(metaContent(viewPage, 'og:image')).toBe('https://example.org/preview/pmi.png');
  });

  it('mark a chart page with its chart and section, and keep its alternates on chart pages', () => {
    const sharing = createSharing(datasets, 'https://example.org/');
    const chartPage = sharing.chartPages().find((p) => p.locale === 'id' && p.chart === 'pmi')!;
    expect(chartPage).toMatchObject({ fileName: 'id/chart/pmi.html', base: '../../' });
    const html = sharing.decorate(
      '<html lang="id"><head></head></html>',
      chartPage,
      chartPage.fileName,
    );
    expect(html).toMatch(/^<html lang="id" data-share="pmi" data-share-section="pmi">/);
    expect(metaContent(html, 'og:url')).toBe('https://example.org/id/chart/pmi.html');
    expect(metaContent(html, 'og:title')).toBe(previewTexts(datasets, 'id').pmi.title);
  });
});

describe('the one-file edition', () => {
  afterEach(() => vi.unstubAllEnvs());
  const transform = (plugin: Plugin, html: string) => {
    const hook = plugin.transformIndexHtml as { handler: IndexHtmlTransformHook };
    // The hook reads only the HTML; the context is not used.
    return hook.handler.call(undefined as never, html, {} as never) as string;
  };
  const html = '<!doctype html><html lang="en"><head><title>x</title></head><body></body></html>';

  it('links its preview to the public address when VITE_PUBLIC_URL is set', () => {
    vi.stubEnv('VITE_PUBLIC_URL', 'https://example.org/dashboard');
    const out = transform(singleFileSharingPlugin(), html);
    expect(metaContent(out, 'og:url')).toBe('https://example.org/dashboard/');
    expect(metaContent(out, 'og:image')).toBe(
      'https://example.org/dashboard/preview/dashboard.png',
    );
    expect(metaContent(out, 'og:title')).toBe(previewTexts(datasets, 'en').dashboard.title);
    expect(out).not.toContain('oembed');
  });

  it('carries no share tags without it', () => {
    vi.stubEnv('VITE_PUBLIC_URL', '');
    expect(transform(singleFileSharingPlugin(), html)).toBe(html);
  });
});

describe('preview images', () => {
  it('resolve every colour token (resvg has no CSS custom properties)', () => {
    expect(resolveColorTokens('a{fill:var(--accent)} b{stroke:var(--nope, #123456)}')).toBe(
      'a{fill:#0b6e99} b{stroke:#123456}',
    );
    expect(() => resolveColorTokens('a{fill:var(--nope)}')).toThrow(/--nope/);
  });

  it('fit the framed image on the card, inside it and centred', () => {
    const svg = fitOnCard({
      svg: '<svg xmlns="x" width="640" height="600"><g/></svg>',
      width: 640,
      height: 600,
    });
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg" width="1200" height="630"/);
    const inner = /<svg x="(\d+)" y="(\d+)" width="(\d+)" height="(\d+)"/
      .exec(svg)!
      .slice(1)
      .map(Number);
    const [x, y, width, height] = inner as [number, number, number, number];
    expect(height).toBe(630);
    expect(width).toBe(672);
    expect(x).toBe((1200 - 672) / 2);
    expect(y).toBe(0);
  });

  it('render to a 1200 × 630 PNG with the chart drawn, in the shipped fonts', async () => {
    const svgs = await previewImages(datasets, 'id');
    expect(svgs.pmi).not.toMatch(/var\(--/);
    const png = PNG.sync.read(Buffer.from(await renderPreviewPng(svgs.pmi)));
    expect([png.width, png.height]).toEqual([1200, 630]);
    // Dark text pixels in the title band (top 15 %): the font was found and drew the title.
    let dark = 0;
    for (let y = 0; y < 95; y++)
      for (let x = 0; x < 1200; x++) {
        const i = (y * 1200 + x) * 4;
        if (png.data[i]! < 80 && png.data[i + 1]! < 80 && png.data[i + 2]! < 80) dark++;
      }
    expect(dark).toBeGreaterThan(2000);
  });
});
