import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { COLOR_TOKEN_NAMES, COLOR_TOKENS } from '../src/components/charts/palette.ts';

/** Where src/styles.css wants the colour tokens. */
export const COLOR_TOKENS_MARKER = '/* colour tokens (build/colorTokensPlugin.ts) */';

/**
 * The :root declarations of every colour token, `--name: light-dark(light, dark);`: the
 * system's setting picks one value, and the theme buttons override it through color-scheme.
 */
export function colorTokenDeclarations(): string {
  return COLOR_TOKEN_NAMES.map(
    (name) => `  ${name}: light-dark(${COLOR_TOKENS.light[name]}, ${COLOR_TOKENS.dark[name]});`,
  ).join('\n');
}

/** src/styles.css with the colour tokens of palette.ts written in at the marker. */
export function withColorTokens(css: string): string {
  if (!css.includes(COLOR_TOKENS_MARKER))
    throw new Error(
      `src/styles.css has lost its marker for the colour tokens: ${COLOR_TOKENS_MARKER}`,
    );
  return css.replace(COLOR_TOKENS_MARKER, colorTokenDeclarations().trimStart());
}

/**
 * The colour tokens have one source, src/components/charts/palette.ts (where the contrast and
 * colour-vision tests check them). This writes them into src/styles.css as the build (and the
 * dev server) reads it, so they are in the stylesheet the page links and paint with no script.
 */
export function colorTokensPlugin(): Plugin {
  let root = process.cwd();
  return {
    name: 'color-tokens',
    enforce: 'pre',
    configResolved(config) {
      root = config.root;
    },
    transform(code, id) {
      if (id.split('?')[0] !== resolve(root, 'src/styles.css')) return null;
      this.addWatchFile(resolve(root, 'src/components/charts/palette.ts'));
      return { code: withColorTokens(code), map: null };
    },
  };
}
