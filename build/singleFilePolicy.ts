import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/**
 * A Content-Security-Policy for the one-file edition. Its code and styles are
 * inline by design, so instead of 'self' (which means nothing from file://)
 * the policy names each script and style element by the sha256 of
 * their final text, computed after everything has been inlined: any other
 * inline script, style or event handler, injected or edited in, is refused.
 * - img-src data: blob: is the icon and the SVG → PNG conversion of image downloads;
 * - worker-src blob: is the inlined CSV-import worker;
 * - frame-src 'self' is the embed preview (the same file with ?embed=).
 * The file makes no request, so connect-src and the rest stay 'none'.
 */

const SCRIPT = /<script\b[^>]*>([\s\S]*?)<\/script\s*>/gi;
const STYLE = /<style\b[^>]*>([\s\S]*?)<\/style\s*>/gi;

function sha256(text: string): string {
  return `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
}

/** The hash sources of every inline script and style element of a page. */
export function inlineHashes(html: string): { scripts: string[]; styles: string[] } {
  const hashes = (pattern: RegExp) =>
    [...html.matchAll(pattern)].map((match) => sha256(match[1] ?? ''));
  return { scripts: [...new Set(hashes(SCRIPT))], styles: [...new Set(hashes(STYLE))] };
}

export function singleFilePolicy(html: string): string {
  const { scripts, styles } = inlineHashes(html);
  return [
    "default-src 'none'",
    `script-src ${scripts.join(' ') || "'none'"}`,
    `style-src ${styles.join(' ') || "'none'"}`,
    'img-src data: blob:',
    'worker-src blob:',
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** The page with its policy as the first element after <meta charset>, before any script or style. */
export function withSingleFilePolicy(html: string): string {
  const meta = `<meta http-equiv="Content-Security-Policy" content="${singleFilePolicy(html)}" />`;
  const charset = /<meta\s+charset=[^>]*>/i.exec(html);
  if (charset) {
    const end = charset.index + charset[0].length;
    return `${html.slice(0, end)}\n    ${meta}${html.slice(end)}`;
  }
  return html.replace(/<head[^>]*>/i, (head) => `${head}\n    ${meta}`);
}

/** Runs after vite-plugin-singlefile has inlined everything (list it after that plugin). */
export function singleFilePolicyPlugin(): Plugin {
  return {
    name: 'single-file-policy',
    enforce: 'post',
    generateBundle: {
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'asset' && file.fileName.endsWith('.html'))
            file.source = withSingleFilePolicy(String(file.source));
        }
      },
    },
  };
}
