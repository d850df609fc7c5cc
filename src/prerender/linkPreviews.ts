/**
 * Link previews and oEmbed, made at build time (run in jsdom inside the build,
 * like prerenderPages.tsx: the drawing is rendered with react-dom/client).
 *
 * A preview image is the same framed image as the PNG/SVG download (the
 * chart's own drawing with title, subtitle, source and notes around it),
 * fitted onto a 1200 × 630 card; build/prerender/sharing.ts turns it into a PNG.
 */
import { COLOR_TOKENS } from '../components/charts/palette.ts';
import type { DatasetTypes } from '../domain/bundle.ts';
import type { ChartId, ChartModel } from '../domain/chartModel.ts';
import { CHART_IDS } from '../domain/chartModel.ts';
import type { ChartImage } from '../features/downloads/chartImage.ts';
import { chartWidthOfImage, composeChartImage } from '../features/downloads/chartImage.ts';
import { chartSize } from '../features/charts/chartDrawings.tsx';
import { drawChartImage } from '../features/downloads/drawChartImage.ts';
import { currentVersion } from '../domain/changes.ts';
import { buildEmbedCode, initialEmbedHeight } from '../features/embed/embedCode.ts';
import { createTranslator } from '../i18n/index.ts';
import type { Locale } from '../i18n/locales.ts';
import type { ViewState } from '../state/viewState.ts';
import { DEFAULT_VIEW_STATE } from '../state/viewState.ts';
import { defaultModels, modelsOf } from './defaultModels.ts';
import { PREVIEW_HEIGHT, PREVIEW_WIDTH } from './previewSize.ts';
import type { PreviewKey } from './previewText.ts';
import { DASHBOARD_PREVIEW_CHART } from './previewText.ts';

/** Image widths tried for the framed chart: their chart widths are layout widths (600, 760, 920). */
const FRAME_WIDTHS = [640, 800, 960] as const;

/** The framed image whose shape best fills the card (largest area once scaled to fit). */
async function bestFrame(model: ChartModel, locale: Locale): Promise<ChartImage> {
  const t = createTranslator(locale);
  const options = (width: number) => ({
    width,
    theme: 'light' as const,
    dashboardName: t('app.dashboardName'),
    locale,
  });
  // The frame's size does not depend on the drawing's markup: measure each width without drawing.
  const areaAt = (width: number) => {
    const { width: chartWidth, height } = chartSize(model, chartWidthOfImage(width));
    const frame = composeChartImage(
      model,
      { markup: '<svg></svg>', width: chartWidth, height },
      options(width),
    );
    const scale = Math.min(PREVIEW_WIDTH / frame.width, PREVIEW_HEIGHT / frame.height);
    return scale * frame.width * scale * frame.height;
  };
  const best = FRAME_WIDTHS.reduce((a, b) => (areaAt(b) > areaAt(a) ? b : a));
  return drawChartImage(model, options(best));
}

/** Replaces `var(--token)` with the light theme's colour: resvg reads no CSS custom properties. */
export function resolveColorTokens(svg: string): string {
  const tokens: Record<string, string> = COLOR_TOKENS.light;
  return svg.replace(
    /var\((--[\w-]+)(?:\s*,\s*([^)]+))?\)/g,
    (whole, name: string, fallback: string | undefined) => {
      const value = tokens[name] ?? fallback?.trim();
      if (value === undefined) throw new Error(`Link preview: no colour for ${whole}`);
      return value;
    },
  );
}

/** The framed image centred on a PREVIEW_WIDTH × PREVIEW_HEIGHT card of the image's background colour. */
export function fitOnCard(image: ChartImage): string {
  const scale = Math.min(PREVIEW_WIDTH / image.width, PREVIEW_HEIGHT / image.height);
  const width = Math.round(image.width * scale);
  const height = Math.round(image.height * scale);
  const x = Math.round((PREVIEW_WIDTH - width) / 2);
  const y = Math.round((PREVIEW_HEIGHT - height) / 2);
  const inner = image.svg.replace(/^<svg\b[^>]*>/, (tag) =>
    tag
      .replace(/ (xmlns|width|height)="[^"]*"/g, '')
      .replace('<svg', `<svg x="${x}" y="${y}" width="${width}" height="${height}"`),
  );
  return resolveColorTokens(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" ` +
      `viewBox="0 0 ${PREVIEW_WIDTH} ${PREVIEW_HEIGHT}">` +
      `<rect width="${PREVIEW_WIDTH}" height="${PREVIEW_HEIGHT}" fill="var(--bg)"/>${inner}</svg>`,
  );
}

/** The preview card of each chart and of the dashboard, in one language, of the default view. */
export async function previewImages(
  datasets: DatasetTypes,
  locale: Locale,
): Promise<Record<PreviewKey, string>> {
  const models = defaultModels(datasets, locale);
  const svgs: Partial<Record<PreviewKey, string>> = {};
  for (const chart of CHART_IDS) {
    const model = models[chart];
    if (!model) throw new Error(`Link preview: the ${chart} chart has no data to draw.`);
    svgs[chart] = fitOnCard(await bestFrame(model, locale));
  }
  svgs.dashboard = svgs[DASHBOARD_PREVIEW_CHART];
  return svgs as Record<PreviewKey, string>;
}

/** A nominal width for oEmbed (which wants pixels): the embed itself fills its container. */
export const OEMBED_WIDTH = 640;

/**
 * The oEmbed answer for a chart's embed page in one language (default view):
 * its html is exactly the code the embed dialog writes for that view.
 */
export function oembedDocument(
  datasets: DatasetTypes,
  chart: ChartId,
  locale: Locale,
  publicUrl: string,
  thumbnailUrl: string,
  view: ViewState = DEFAULT_VIEW_STATE,
): Record<string, string | number> {
  const model = modelsOf(datasets, locale, view)[chart];
  if (!model) throw new Error(`oEmbed: the ${chart} chart has no data to draw.`);
  const t = createTranslator(locale);
  const html = buildEmbedCode({
    baseUrl: publicUrl,
    chart,
    // As the dialog writes it: with the data version it was made with.
    view: { ...view, dataVersion: currentVersion(datasets.changes.versions)?.version ?? null },
    theme: DEFAULT_VIEW_STATE.theme,
    locale,
    options: { hideTitle: false, hideSource: false, isStatic: false },
    title: model.text.title,
  });
  return {
    version: '1.0',
    type: 'rich',
    title: model.text.title,
    provider_name: t('app.title'),
    provider_url: publicUrl,
    html,
    width: OEMBED_WIDTH,
    height: initialEmbedHeight(chart, locale),
    thumbnail_url: thumbnailUrl,
    thumbnail_width: PREVIEW_WIDTH,
    thumbnail_height: PREVIEW_HEIGHT,
  };
}
