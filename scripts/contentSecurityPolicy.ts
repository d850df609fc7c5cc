import type { Plugin } from 'vite';

/**
 * A strict Content-Security-Policy for the web build: scripts, styles, data
 * and frames only from the app's own origin; no inline script, no eval.
 * - style-src 'unsafe-inline' covers style attributes that the charts set;
 * - img-src data: is the SVG → PNG conversion of image downloads;
 * - worker-src blob: is the inlined CSV-import worker;
 * - frame-src 'self' is the embed preview.
 * The one-file edition has its own, by hash (scripts/singleFilePolicy.ts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
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
