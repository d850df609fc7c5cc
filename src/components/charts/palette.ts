/**
 * Every colour token of the dashboard, per theme: the one source of the
 * stylesheet's :root tokens (build/colorTokensPlugin.ts writes them into
 * src/styles.css at build time), of image exports, and of the contrast and
 * colour-vision checks in tests/unit/components/charts/palette.test.ts.
 *
 * What the tokens must meet (WCAG 2.2 AA), checked by that test:
 * - text tokens: 4.5:1 on --bg and --surface;
 * - chart marks (--accent, --mark-muted, --mark-remainder-stroke, --reference,
 *   --slice-*) and the focus ring: 3:1 on --bg. The remainder's fill is
 *   deliberately faint; its outline carries the 3:1;
 * - the categorical slices (with the remainder fill): CIEDE2000 ΔE ≥ 10
 *   between every pair, with normal vision and simulated protanopia,
 *   deuteranopia and tritanopia (Machado et al. 2009, severity 1).
 */

export type ThemeName = 'light' | 'dark';

export const COLOR_TOKEN_NAMES = [
  '--bg',
  '--surface',
  '--text',
  '--text-muted',
  '--border',
  '--accent',
  '--accent-text',
  '--mark-muted',
  '--mark-remainder-fill',
  '--mark-remainder-stroke',
  '--zone-contraction',
  '--reference',
  '--focus',
  '--error-bg',
  '--error-border',
  '--slice-0',
  '--slice-1',
  '--slice-2',
  '--slice-3',
  '--slice-4',
  '--slice-5',
] as const;

export type ColorToken = (typeof COLOR_TOKEN_NAMES)[number];

export const COLOR_TOKENS: Record<ThemeName, Record<ColorToken, string>> = {
  light: {
    '--bg': '#ffffff',
    '--surface': '#f5f7f9',
    '--text': '#1a1a1a',
    '--text-muted': '#4a5560',
    '--border': '#c9d0d7',
    '--accent': '#0b6e99',
    '--accent-text': '#ffffff',
    '--mark-muted': '#7b8794',
    '--mark-remainder-fill': '#dde2e7',
    '--mark-remainder-stroke': '#5f6b77',
    '--zone-contraction': '#f3e3e0',
    '--reference': '#5f6b77',
    '--focus': '#b34d00',
    '--error-bg': '#fdecea',
    '--error-border': '#b3261e',
    '--slice-0': '#0b6e99',
    '--slice-1': '#c56216',
    '--slice-2': '#512b83',
    '--slice-3': '#259753',
    '--slice-4': '#a13568',
    '--slice-5': '#665100',
  },
  dark: {
    '--bg': '#16191d',
    '--surface': '#1f242a',
    '--text': '#f0f0f0',
    '--text-muted': '#b4bcc5',
    '--border': '#3a424b',
    '--accent': '#5cb8e6',
    '--accent-text': '#0c1014',
    '--mark-muted': '#8b96a3',
    '--mark-remainder-fill': '#2c333b',
    '--mark-remainder-stroke': '#9aa5b1',
    '--zone-contraction': '#3a2a28',
    '--reference': '#9aa5b1',
    '--focus': '#f59e4c',
    '--error-bg': '#3a1f1d',
    '--error-border': '#f2b8b5',
    '--slice-0': '#5cb8e6',
    '--slice-1': '#e57306',
    '--slice-2': '#8e77c5',
    '--slice-3': '#9ed49f',
    '--slice-4': '#e18cad',
    '--slice-5': '#dac359',
  },
};

/** Categorical colours for donut slices; a chart with more named categories reuses them in order. */
export const SLICE_COUNT = 6;

/** The CSS class for a slice (and its key swatch): colour by position, the remainder always grey. */
export function sliceClass(index: number, isRemainder = false): string {
  return isRemainder ? 'slice--remainder' : `slice--${index % SLICE_COUNT}`;
}
