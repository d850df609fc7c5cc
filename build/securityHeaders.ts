import type { Plugin } from 'vite';
import { CONTENT_SECURITY_POLICY } from './contentSecurityPolicy.ts';

/**
 * The HTTP headers a production host should send with the web build, and a
 * `vite preview` plugin that sends them (so `npm start` behaves like a host).
 * The README gives the same headers for common static hosts.
 *
 * - Content-Security-Policy: the build's policy (also in a meta tag) plus
 *   frame-ancestors, which only a header can set: the dashboard refuses to be
 *   framed (clickjacking); an embed may be framed by any site, that is its job.
 * - X-Frame-Options: the same refusal for browsers without frame-ancestors.
 * - X-Content-Type-Options: nosniff, so nothing served is run as another type.
 * - Referrer-Policy: other sites see our origin, never a reader's view.
 */

/**
 * Whether the address is an embed: `?embed=<chart>` on the app's page, or a
 * page under an `embed/` folder (e.g. `embed/pmi/index.html`).
 */
export function isEmbedAddress(url: string): boolean {
  const { pathname, searchParams } = new URL(url, 'http://host.invalid');
  return searchParams.has('embed') || /(^|\/)embed\//.test(pathname);
}

export function securityHeaders(url: string): Record<string, string> {
  const embed = isEmbedAddress(url);
  return {
    'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors ${embed ? '*' : "'none'"}`,
    ...(embed ? {} : { 'X-Frame-Options': 'DENY' }),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
  };
}

export function securityHeadersPlugin(): Plugin {
  return {
    name: 'security-headers',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        for (const [name, value] of Object.entries(securityHeaders(request.url ?? '/')))
          response.setHeader(name, value);
        next();
      });
    },
  };
}
