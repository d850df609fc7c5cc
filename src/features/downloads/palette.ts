/**
 * Chart colours and type for the static SVG, taken from the dashboard's
 * colour tokens (src/components/charts/palette.ts, which src/styles.css and
 * the WCAG contrast and colour-vision tests check), so an image export looks
 * like the chart on screen. One accent for the highlighted series, muted
 * greys for context.
 */
import { COLOR_TOKENS } from '../../components/charts/palette.ts';

export type ChartTheme = 'light' | 'dark';

export interface ChartPalette {
  background: string;
  /** Titles, labels, values. */
  text: string;
  /** Subtitles, notes, axis labels (4.5:1 on the background). */
  secondaryText: string;
  /** The highlighted bar, the line. */
  accent: string;
  /** Context bars. */
  muted: string;
  /** "All other sectors": a faint fill; its outline carries the contrast. */
  remainder: string;
  remainderStroke: string;
  gridline: string;
  axis: string;
  /** The reference line (PMI 50) and its labels. */
  reference: string;
  /** Fill under the reference line (the contraction zone). */
  shade: string;
  /** Categorical colours of the donut's named slices, in order. */
  slices: string[];
}

function paletteFor(theme: ChartTheme, gridline: string): ChartPalette {
  const token = COLOR_TOKENS[theme];
  return {
    background: token['--bg'],
    text: token['--text'],
    secondaryText: token['--text-muted'],
    accent: token['--accent'],
    muted: token['--mark-muted'],
    remainder: token['--mark-remainder-fill'],
    remainderStroke: token['--mark-remainder-stroke'],
    // Gridlines are context, deliberately quieter than any mark.
    gridline,
    axis: token['--border'],
    reference: token['--reference'],
    shade: token['--zone-contraction'],
    slices: [
      token['--slice-0'],
      token['--slice-1'],
      token['--slice-2'],
      token['--slice-3'],
      token['--slice-4'],
      token['--slice-5'],
    ],
  };
}

export const CHART_PALETTES: Record<ChartTheme, ChartPalette> = {
  light: paletteFor('light', '#e4e8ec'),
  dark: paletteFor('dark', '#2b3137'),
};

/** System fonts only: no web-font request, no flash of unstyled text. */
export const CHART_FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
