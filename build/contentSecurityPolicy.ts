import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';
import { buildBootScript } from './bootScript.ts';

/**
 * The boot script every prerendered page carries inline in its head (src/boot/, bundled and
 * minified by bootScript.ts when this module loads): it runs before the first paint with no
 * request. The policy allows exactly this text by its hash, nothing else.
 */
export const BOOT_SCRIPT = await buildBootScript();
export const BOOT_SCRIPT_HASH = `'sha256-${createHash('sha256').update(BOOT_SCRIPT).digest('base64')}'`;

/**
 * A strict Content-Security-Policy for the web build: scripts, styles, data
 * and frames only from the app's own origin; no inline script but the boot
 * script, allowed by its hash; no eval.
 * - style-src 'self' only: the prerendered markup has no style attribute (layout comes from
 *   classes), and styles the app sets through the DOM are not subject to the policy;
 * - img-src data: is the SVG → PNG conversion of image downloads;
 * - worker-src blob: is the inlined CSV-import worker;
 * - frame-src 'self' is the embed preview.
 * The one-file edition has its own, by hash (build/singleFilePolicy.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' ${BOOT_SCRIPT_HASH}`,
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "frame-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

export function contentSecurityPolicyPlugin(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
