import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  COLOR_TOKEN_NAMES,
  COLOR_TOKENS,
  SLICE_COUNT,
  sliceClass,
} from '../../../../src/components/charts/palette.ts';
import type { ColorToken, ThemeName } from '../../../../src/components/charts/palette.ts';
import { withColorTokens } from '../../../../build/colorTokensPlugin.ts';

// ---- Colour science, small and self-contained so the thresholds are auditable ----

type Rgb = [number, number, number];
type Lab = [number, number, number];

function hexToRgb(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [1, 2, 3].map((group) => parseInt(match[group]!, 16) / 255) as Rgb;
}

const toLinear = (channel: number) =>
  channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;

const linearRgb = (hex: string) => hexToRgb(hex).map(toLinear) as Rgb;

/** WCAG 2.x relative luminance and contrast ratio. */
function relativeLuminance(hex: string): number {
  const [r, g, b] = linearRgb(hex);
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrastRatio(a: string, b: string): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
    number,
    number,
  ];
  return (light + 0.05) / (dark + 0.05);
}

/**
 * Machado, Oliveira & Fernandes (2009) simulation matrices at severity 1.0,
 * applied to linear sRGB.
 */
const CVD_MATRICES = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
} as const;

type Vision = 'normal' | keyof typeof CVD_MATRICES;
const VISIONS: Vision[] = ['normal', 'protanopia', 'deuteranopia', 'tritanopia'];

function simulate(rgb: Rgb, vision: Vision): Rgb {
  if (vision === 'normal') return rgb;
  return CVD_MATRICES[vision].map((row) =>
    Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])),
  ) as Rgb;
}

/** Linear sRGB → CIE XYZ (D65) → CIELAB. */
function linearToLab([r, g, b]: Rgb): Lab {
  const x = 0.4124564 * r + 0.3575761 * g + 0.1804375 * b;
  const y = 0.2126729 * r + 0.7151522 * g + 0.072175 * b;
  const z = 0.0193339 * r + 0.119192 * g + 0.9503041 * b;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  const fx = f(x / 0.95047);
  const fy = f(y);
  const fz = f(z / 1.08883);
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

const labOf = (hex: string, vision: Vision = 'normal') =>
  linearToLab(simulate(linearRgb(hex), vision));

/** CIEDE2000 colour difference (Sharma, Wu & Dalal 2005). */
function deltaE2000([l1, a1, b1]: Lab, [l2, a2, b2]: Lab): number {
  const rad = (deg: number) => (deg * Math.PI) / 180;
  const hue = (a: number, b: number) => {
    if (a === 0 && b === 0) return 0;
    const h = (Math.atan2(b, a) * 180) / Math.PI;
    return h < 0 ? h + 360 : h;
  };
  const cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - Math.sqrt(cBar ** 7 / (cBar ** 7 + 25 ** 7)));
  const a1p = (1 + g) * a1;
  const a2p = (1 + g) * a2;
  const c1p = Math.hypot(a1p, b1);
  const c2p = Math.hypot(a2p, b2);
  const h1p = hue(a1p, b1);
  const h2p = hue(a2p, b2);
  const dLp = l2 - l1;
  const dCp = c2p - c1p;
  let dhp = 0;
  if (c1p * c2p !== 0) {
    dhp = h2p - h1p;
    if (dhp > 180) dhp -= 360;
    else if (dhp < -180) dhp += 360;
  }
  const dHp = 2 * Math.sqrt(c1p * c2p) * Math.sin(rad(dhp / 2));
  const lBarP = (l1 + l2) / 2;
  const cBarP = (c1p + c2p) / 2;
  let hBarP = h1p + h2p;
  if (c1p * c2p !== 0) {
    if (Math.abs(h1p - h2p) > 180) hBarP += h1p + h2p < 360 ? 360 : -360;
    hBarP /= 2;
  }
  const t =
    1 -
    0.17 * Math.cos(rad(hBarP - 30)) +
    0.24 * Math.cos(rad(2 * hBarP)) +
    0.32 * Math.cos(rad(3 * hBarP + 6)) -
    0.2 * Math.cos(rad(4 * hBarP - 63));
  const dTheta = 30 * Math.exp(-(((hBarP - 275) / 25) ** 2));
  const rc = 2 * Math.sqrt(cBarP ** 7 / (cBarP ** 7 + 25 ** 7));
  const sl = 1 + (0.015 * (lBarP - 50) ** 2) / Math.sqrt(20 + (lBarP - 50) ** 2);
  const sc = 1 + 0.045 * cBarP;
  const sh = 1 + 0.015 * cBarP * t;
  const rt = -Math.sin(rad(2 * dTheta)) * rc;
  return Math.sqrt(
    (dLp / sl) ** 2 + (dCp / sc) ** 2 + (dHp / sh) ** 2 + rt * (dCp / sc) * (dHp / sh),
  );
}

/** The smallest ΔE00 between any two colours, and which pair, under one kind of vision. */
function minimumDifference(colours: readonly string[], vision: Vision) {
  let minimum = { deltaE: Infinity, pair: '' };
  for (let i = 0; i < colours.length; i++)
    for (let j = i + 1; j < colours.length; j++) {
      const deltaE = deltaE2000(labOf(colours[i]!, vision), labOf(colours[j]!, vision));
      if (deltaE < minimum.deltaE) minimum = { deltaE, pair: `${colours[i]} / ${colours[j]}` };
    }
  return minimum;
}

// ---- The requirements ----

const THEMES: ThemeName[] = ['light', 'dark'];
const TEXT_MIN = 4.5;
const MARK_MIN = 3;
/** CIEDE2000 ΔE every pair of categorical colours keeps, with and without simulated CVD. */
const CATEGORICAL_DELTA_E_MIN = 10;

const SLICES = Array.from({ length: SLICE_COUNT }, (_, i) => `--slice-${i}` as ColorToken);

/** [foreground, background, minimum ratio, what it is] */
const CONTRAST_PAIRS: [ColorToken, ColorToken, number, string][] = [
  ['--text', '--bg', TEXT_MIN, 'body text'],
  ['--text', '--surface', TEXT_MIN, 'text on cards'],
  ['--text-muted', '--bg', TEXT_MIN, 'secondary text, value labels'],
  ['--text-muted', '--surface', TEXT_MIN, 'secondary text on cards'],
  ['--text-muted', '--zone-contraction', TEXT_MIN, 'the PMI zone label'],
  ['--accent', '--bg', TEXT_MIN, 'links in the accent colour'],
  ['--accent-text', '--accent', TEXT_MIN, 'the pressed button'],
  ['--text', '--error-bg', TEXT_MIN, 'error messages'],
  ['--accent', '--bg', MARK_MIN, 'highlighted bar, the PMI line'],
  ['--mark-muted', '--bg', MARK_MIN, 'context bars'],
  ['--mark-remainder-stroke', '--bg', MARK_MIN, 'outline of "all other sectors"'],
  ['--reference', '--bg', MARK_MIN, 'the PMI 50 line'],
  ['--focus', '--bg', MARK_MIN, 'focus ring'],
  ['--focus', '--surface', MARK_MIN, 'focus ring on cards'],
  // The active mark's outline is --text, straddling the mark's edge: its outer half is on --bg.
  ['--text', '--bg', MARK_MIN, 'outline of the active mark'],
  ...SLICES.map(
    (slice) => [slice, '--bg', MARK_MIN, 'donut slice'] as [ColorToken, ColorToken, number, string],
  ),
];

describe('colour tokens', () => {
  for (const theme of THEMES) {
    const tokens = COLOR_TOKENS[theme];
    it(`meet WCAG contrast minimums in the ${theme} theme`, () => {
      const failures = CONTRAST_PAIRS.filter(
        ([fg, bg, min]) => contrastRatio(tokens[fg], tokens[bg]) < min,
      ).map(
        ([fg, bg, min, what]) =>
          `${what}: ${fg} ${tokens[fg]} on ${bg} ${tokens[bg]} = ${contrastRatio(tokens[fg], tokens[bg]).toFixed(2)} < ${min}`,
      );
      expect(failures).toEqual([]);
    });

    it(`keep the donut's categories apart under simulated colour-vision deficiency (${theme})`, () => {
      // The remainder is grey and outlined, but it sits among the slices, so it counts too.
      const colours = [...SLICES, '--mark-remainder-fill' as const].map((token) => tokens[token]);
      for (const vision of VISIONS) {
        const { deltaE, pair } = minimumDifference(colours, vision);
        expect({ vision, pair, ok: deltaE >= CATEGORICAL_DELTA_E_MIN }).toEqual({
          vision,
          pair,
          ok: true,
        });
      }
    });
  }

  it('computes contrast and ΔE00 like the published references', () => {
    // WCAG: #767676 is the lightest grey that passes 4.5:1 on white.
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    // Sharma et al. 2005, test pairs 1, 7 and 17.
    expect(deltaE2000([50, 2.6772, -79.7751], [50, 0, -82.7485])).toBeCloseTo(2.0425, 4);
    expect(deltaE2000([50, 0, 0], [50, -1, 2])).toBeCloseTo(2.3669, 4);
    expect(deltaE2000([50, 2.5, 0], [73, 25, -18])).toBeCloseTo(27.1492, 4);
    // A dichromat cannot tell red from green at matched lightness; normal vision can.
    const red = '#c03a2b';
    const green = '#6b7a00';
    expect(deltaE2000(labOf(red), labOf(green))).toBeGreaterThan(CATEGORICAL_DELTA_E_MIN);
    expect(deltaE2000(labOf(red, 'deuteranopia'), labOf(green, 'deuteranopia'))).toBeLessThan(
      CATEGORICAL_DELTA_E_MIN,
    );
  });

  it('gives every slice a class whose colour exists, reusing colours past the sixth', () => {
    expect(sliceClass(0)).toBe('slice--0');
    expect(sliceClass(SLICE_COUNT)).toBe('slice--0');
    expect(sliceClass(2, true)).toBe('slice--remainder');
  });
});

/** The declarations of the block that starts with `opening` (e.g. `:root {`), as text. */
function customDeclarations(css: string, opening: string): string {
  const start = css.indexOf(opening);
  if (start < 0) throw new Error(`styles.css has no block ${opening}`);
  return css.slice(start, css.indexOf('}', start));
}

describe('styles.css as the build writes it', () => {
  // The build (and the dev server) writes palette.ts's tokens into the stylesheet the page links.
  const css = withColorTokens(readFileSync(resolve('src/styles.css'), 'utf8'));
  const expected = (theme: ThemeName) =>
    Object.fromEntries(COLOR_TOKEN_NAMES.map((name) => [name, COLOR_TOKENS[theme][name]]));
  /** `--name: light-dark(#light, #dark);` in the :root block, per theme. */
  const rootTokens = (theme: ThemeName) => {
    const body = customDeclarations(css, ':root {');
    return Object.fromEntries(
      [
        ...body.matchAll(
          /(--[\w-]+):\s*light-dark\(\s*(#[0-9a-fA-F]{6})\s*,\s*(#[0-9a-fA-F]{6})\s*\)\s*;/g,
        ),
      ].map((m) => [m[1]!, (theme === 'light' ? m[2]! : m[3]!).toLowerCase()]),
    );
  };

  it('carries every token of the palette module in the light theme', () => {
    expect(rootTokens('light')).toEqual(expected('light'));
  });

  it('carries every token in the dark theme, chosen by the system and by the button', () => {
    expect(rootTokens('dark')).toEqual(expected('dark'));
    expect(customDeclarations(css, ':root {')).toContain('color-scheme: light dark');
    expect(customDeclarations(css, ":root[data-theme='dark'] {")).toContain('color-scheme: dark');
    expect(customDeclarations(css, ":root[data-theme='light'] {")).toContain('color-scheme: light');
  });

  it('refuses a stylesheet that lost the place for the tokens, rather than ship one without colours', () => {
    expect(() => withColorTokens(':root { color-scheme: light dark; }')).toThrow(/marker/);
  });

  it('defines a colour for every slice class the charts can use', () => {
    const chartCss = readFileSync(resolve('src/components/charts/chart.css'), 'utf8');
    for (let i = 0; i < SLICE_COUNT; i++)
      expect(chartCss).toMatch(new RegExp(`\\.slice--${i} \\{\\s*fill: var\\(--slice-${i}\\)`));
  });
});
