/**
 * Chart colours and type, shared by the on-screen charts and the static SVG
 * renderer so a chart looks the same in the dashboard, an embed and a
 * download. One accent for the highlighted series, muted greys for context.
 */

export type ChartTheme = 'light' | 'dark';

export interface ChartPalette {
  background: string;
  /** Titles, labels, values. */
  text: string;
  /** Subtitles, notes, axis labels (at least 4.5:1 on the background). */
  secondaryText: string;
  /** The highlighted bar, the line. */
  accent: string;
  /** Context bars. */
  muted: string;
  /** "All other sectors": context that is not a category. */
  remainder: string;
  gridline: string;
  axis: string;
  /** The reference line (PMI 50) and its labels. */
  reference: string;
  /** Fill under the reference line, drawn at `shadeOpacity`. */
  shade: string;
  shadeOpacity: number;
}

export const CHART_PALETTES: Record<ChartTheme, ChartPalette> = {
  light: {
    background: '#ffffff',
    text: '#1a1a1a',
    secondaryText: '#57606a',
    accent: '#0b6e99',
    muted: '#9aa5b1',
    remainder: '#c9d1d9',
    gridline: '#e4e8ec',
    axis: '#8c959f',
    reference: '#57606a',
    shade: '#9aa5b1',
    shadeOpacity: 0.14,
  },
  dark: {
    background: '#16191d',
    text: '#f0f0f0',
    secondaryText: '#b1bac4',
    accent: '#5cb8e6',
    muted: '#6b7785',
    remainder: '#434c56',
    gridline: '#2b3137',
    axis: '#6e7781',
    reference: '#b1bac4',
    shade: '#6b7785',
    shadeOpacity: 0.2,
  },
};

/** System fonts only: no web-font request, no flash of unstyled text. */
export const CHART_FONT_STACK = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";
