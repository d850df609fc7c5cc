/**
 * An image download: the chart's own drawing (the SVG the chart components
 * draw on screen, rendered at the image's chart width) with the frame around
 * it: title, subtitle, notes, source, vintage and the dashboard's name. The
 * frame is text set in lines; there is no second chart layout here.
 *
 * The output is a standalone SVG: system fonts, the chart's stylesheet and
 * the theme's colour tokens inlined, no images, fonts, scripts or external
 * references, so it opens the same in a browser, Inkscape or a slide deck
 * and converts to PNG through an <img> without tainting the canvas.
 */
import chartCss from '../../components/charts/chart.css?raw';
import type { ChartModel } from '../../domain/chartModel.ts';
import { IMAGE_PADDING } from '../../components/charts/chartLayout.ts';
import { COLOR_TOKENS, COLOR_TOKEN_NAMES, sliceClass } from '../../components/charts/palette.ts';
import { wrapText } from '../../components/charts/textWidth.ts';

export type ChartTheme = 'light' | 'dark';

export interface ChartImageOptions {
  /** Width of the image in CSS pixels. */
  width: number;
  theme: ChartTheme;
  /** Printed at the bottom, e.g. "Indonesia manufacturing exports dashboard". */
  dashboardName: string;
  /** BCP 47 tag of the text, e.g. 'en' or 'id'. */
  locale: string;
}

/** The chart's drawing as the chart components drew it: an <svg> of width × height. */
export interface ChartDrawing {
  markup: string;
  width: number;
  height: number;
}

export interface ChartImage {
  svg: string;
  width: number;
  height: number;
}

export const IMAGE_MIN_WIDTH = 280;
export const IMAGE_MAX_WIDTH = 4000;
/** About 70–90 characters: text wider than this is hard to read, however wide the image. */
const MAX_TEXT_MEASURE = 720;
/** System fonts only: no web-font request, no flash of unstyled text. */
export const CHART_FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** Width of the chart drawing inside an image of `imageWidth`. */
export function chartWidthOfImage(imageWidth: number): number {
  return clampImageWidth(imageWidth) - 2 * IMAGE_PADDING;
}

export function clampImageWidth(width: number): number {
  return Number.isFinite(width)
    ? Math.round(Math.min(IMAGE_MAX_WIDTH, Math.max(IMAGE_MIN_WIDTH, width)))
    : 640;
}

// ---------------------------------------------------------------- markup helpers

function isXmlChar(code: number): boolean {
  return (
    code === 0x9 ||
    code === 0xa ||
    code === 0xd ||
    (code >= 0x20 && code <= 0xd7ff) ||
    (code >= 0xe000 && code <= 0xfffd) ||
    code >= 0x10000
  );
}

const XML_ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&apos;',
};

/** Text safe in XML content and attribute values; characters XML cannot hold (controls, lone surrogates) are dropped. */
export function escapeXml(text: string): string {
  let clean = '';
  // for…of walks code points, so a lone surrogate arrives on its own and is dropped.
  for (const char of text) if (isXmlChar(char.codePointAt(0) ?? 0)) clean += char;
  return clean.replace(/[&<>"']/g, (char) => XML_ENTITIES[char] ?? char);
}

/** Coordinates with at most two decimals; never NaN or -0 in the output. */
function num(value: number): string {
  if (!Number.isFinite(value)) return '0';
  const rounded = Math.round(value * 100) / 100;
  return String(rounded === 0 ? 0 : rounded);
}

type Attrs = Record<string, string | number | undefined>;

function attrs(values: Attrs): string {
  return Object.entries(values)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(
      ([name, value]) => ` ${name}="${typeof value === 'number' ? num(value) : escapeXml(value)}"`,
    )
    .join('');
}

function element(name: string, values: Attrs, children?: string): string {
  return children === undefined
    ? `<${name}${attrs(values)}/>`
    : `<${name}${attrs(values)}>${children}</${name}>`;
}

interface TextStyle {
  size: number;
  className: string;
  bold?: boolean;
  /** Line pitch in px; 1.3 × size by default. */
  lineHeight?: number;
}

function lineHeightOf(style: TextStyle): number {
  return style.lineHeight ?? Math.round(style.size * 1.3);
}

/** Lines of text as one <text> (a <tspan> per line) whose first line box starts at `top`. */
function textBlock(lines: readonly string[], x: number, top: number, style: TextStyle): string {
  if (lines.length === 0) return '';
  const lineHeight = lineHeightOf(style);
  // Baseline of a line box: half the leading, then the ascent (about 0.8 em for system fonts).
  const baseline = top + (lineHeight - style.size) / 2 + style.size * 0.8;
  const content =
    lines.length === 1
      ? escapeXml(lines[0] ?? '')
      : lines
          .map((line, index) =>
            element('tspan', { x, dy: index === 0 ? 0 : lineHeight }, escapeXml(line)),
          )
          .join('');
  return element(
    'text',
    {
      class: style.className,
      x,
      y: baseline,
      'font-size': style.size,
      'font-weight': style.bold ? 700 : undefined,
    },
    content,
  );
}

/** The chart's drawing placed in the image: its own <svg>, positioned. */
function placeDrawing(drawing: ChartDrawing, x: number, y: number): string {
  return drawing.markup.replace(
    /^<svg\b[^>]*>/,
    () =>
      `<svg${attrs({
        class: 'drawing',
        x,
        y,
        width: drawing.width,
        height: drawing.height,
        viewBox: `0 0 ${drawing.width} ${drawing.height}`,
        overflow: 'visible',
      })}>`,
  );
}

/** The donut's key (on screen it is an HTML list beside the drawing): swatch, label and value per slice. */
function donutKey(model: ChartModel, x: number, top: number, width: number) {
  if (model.kind !== 'bar') return { markup: '', height: 0 };
  const parts: string[] = [];
  let y = top;
  for (const [index, slice] of model.bars.entries()) {
    const labelLines = wrapText(`${slice.label}  ${slice.valueLabel}`, width - 22, 13);
    parts.push(
      element('rect', {
        class: `swatch-mark slice ${sliceClass(index, slice.isRemainder)}`,
        x,
        y: y + 3,
        width: 14,
        height: 14,
        rx: 2,
      }),
      textBlock(labelLines, x + 22, y, { size: 13, className: 'chart-label key-label' }),
    );
    y += labelLines.length * 17 + 8;
  }
  return { markup: parts.join(''), height: y - top };
}

function themeStyle(theme: ChartTheme): string {
  const tokens = COLOR_TOKENS[theme];
  const declarations = COLOR_TOKEN_NAMES.map((name) => `${name}:${tokens[name]}`).join(';');
  return (
    `svg{${declarations};font-family:${CHART_FONT_STACK};font-variant-numeric:tabular-nums}` +
    `.background{fill:var(--bg)}.title,.source,.dashboard-name{fill:var(--text)}` +
    `.subtitle,.note,.vintage{fill:var(--text-muted)}.drawing{overflow:visible}` +
    chartCss
  );
}

/** The whole chart frame around the chart's drawing, as one standalone SVG document. */
export function composeChartImage(
  model: ChartModel,
  drawing: ChartDrawing,
  options: ChartImageOptions,
): ChartImage {
  const width = clampImageWidth(options.width);
  const theme: ChartTheme = options.theme === 'dark' ? 'dark' : 'light';
  const pad = IMAGE_PADDING;
  const contentWidth = width - 2 * pad;
  const measure = Math.min(contentWidth, MAX_TEXT_MEASURE);
  const parts: string[] = [];
  let y = pad;

  const flow = (text: string, style: TextStyle, gapAfter: number) => {
    const lines = wrapText(text, measure, style.size, style.bold);
    if (lines.length === 0) return;
    parts.push(textBlock(lines, pad, y, style));
    y += lines.length * lineHeightOf(style) + gapAfter;
  };

  const titleSize = width < 480 ? 18 : 21;
  flow(
    model.text.title,
    { size: titleSize, bold: true, lineHeight: Math.round(titleSize * 1.25), className: 'title' },
    4,
  );
  flow(model.text.subtitle, { size: 14, lineHeight: 19, className: 'subtitle' }, 0);
  y += 16;

  parts.push(placeDrawing(drawing, pad, y));
  const isDonut = model.kind === 'bar' && model.presentation === 'donut';
  if (isDonut) {
    // The key beside the donut where there is room, else under it (as on screen).
    const beside = contentWidth - drawing.width - 32 >= 200;
    const keyX = beside ? pad + drawing.width + 32 : pad;
    const keyTop = beside ? y : y + drawing.height + 16;
    const key = donutKey(
      model,
      keyX,
      keyTop,
      beside ? contentWidth - drawing.width - 32 : contentWidth,
    );
    parts.push(key.markup);
    y = beside ? y + Math.max(drawing.height, key.height) : keyTop + key.height;
  } else {
    y += drawing.height;
  }
  y += 18;

  const foot = { size: 12, lineHeight: 16 };
  for (const note of model.text.notes) flow(note, { ...foot, className: 'note' }, 4);
  flow(model.text.source, { ...foot, className: 'source' }, 2);
  flow(model.text.vintage, { ...foot, className: 'vintage' }, 2);
  y += 6;
  flow(options.dashboardName, { ...foot, bold: true, className: 'dashboard-name' }, 0);

  const height = Math.ceil(y + pad);
  const idPrefix = `idn-${model.id}-${theme}`;
  const svg =
    `<svg${attrs({
      xmlns: 'http://www.w3.org/2000/svg',
      width,
      height,
      viewBox: `0 0 ${width} ${height}`,
      role: 'img',
      'aria-labelledby': `${idPrefix}-title ${idPrefix}-desc`,
      'xml:lang': options.locale,
    })}>` +
    element('title', { id: `${idPrefix}-title` }, escapeXml(model.text.title)) +
    element('desc', { id: `${idPrefix}-desc` }, escapeXml(model.text.summary)) +
    `<style><![CDATA[${themeStyle(theme)}]]></style>` +
    element('rect', { class: 'background', x: 0, y: 0, width, height }) +
    parts.join('') +
    '</svg>';
  return { svg, width, height };
}
