import { describe, expect, it } from 'vitest';
import { isEmbedAddress, securityHeaders } from '../../../build/securityHeaders.ts';

const frameAncestors = (url: string) =>
  /frame-ancestors ([^;]+)/.exec(securityHeaders(url)['Content-Security-Policy'] ?? '')?.[1];

describe('security headers', () => {
  it('refuse framing of the dashboard, in any language or view', () => {
    for (const url of [
      '/',
      '/index.html',
      '/?lang=id&theme=dark',
      '/id/',
      '/dash/?v=1&pmi=2020-01..2020-12',
    ]) {
      expect(frameAncestors(url)).toBe("'none'");
      expect(securityHeaders(url)['X-Frame-Options']).toBe('DENY');
    }
  });

  it('let any site frame an embed, by query or by page', () => {
    for (const url of [
      '/?embed=pmi',
      '/?lang=id&embed=sector-shares&hide=title',
      '/dash/?embed=nope',
      '/embed/pmi/',
      '/embed/pmi/index.html',
      '/id/embed/exports-trend/index.html?theme=dark',
    ]) {
      expect(frameAncestors(url)).toBe('*');
      expect(securityHeaders(url)['X-Frame-Options']).toBeUndefined();
    }
  });

  it('do not take a look-alike for an embed', () => {
    for (const url of [
      '/embed-host.js',
      '/?embedded=1',
      '/?x=embed',
      '/not-embed/',
      '/embedding/pmi/',
    ])
      expect(isEmbedAddress(url)).toBe(false);
  });

  it('keep the build’s policy and add nosniff and the referrer policy everywhere', () => {
    for (const url of ['/', '/?embed=pmi', '/assets/index.js']) {
      const headers = securityHeaders(url);
      // Scripts from the app's origin, and inline only the boot script, by its hash.
      expect(headers['Content-Security-Policy']).toMatch(
        /^default-src 'self'; script-src 'self' 'sha256-[A-Za-z0-9+/]+=*';/,
      );
      expect(headers['X-Content-Type-Options']).toBe('nosniff');
      expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    }
  });
});
