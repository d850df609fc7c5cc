import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { BOOT_SCRIPT, CONTENT_SECURITY_POLICY } from '../../../build/contentSecurityPolicy.ts';

describe('the inline boot script', () => {
  it('is one minified classic script, an IIFE with no import statement', () => {
    expect(BOOT_SCRIPT).toMatch(/^\(function\(\)\{[\s\S]*\}\)\(\);?$/);
    expect(BOOT_SCRIPT).not.toMatch(/^\s*(import|export)\s/m);
    expect(BOOT_SCRIPT.split('\n').length).toBeLessThanOrEqual(2);
    expect(BOOT_SCRIPT).not.toMatch(/<\/script/i);
  });

  it('carries the app’s modules, not a copy: the chart ids, the view slugs, the retry', () => {
    for (const text of ['sector-shares', 'exports-trend', 'idn-mfg:locale', 'idn-mfg-embed:height'])
      expect(BOOT_SCRIPT).toContain(text);
    // No React, no store: a few kilobytes.
    expect(BOOT_SCRIPT).not.toMatch(/react|zustand/i);
    expect(new TextEncoder().encode(BOOT_SCRIPT).length).toBeLessThan(12_000);
  });

  it('is allowed by the Content-Security-Policy by its hash', () => {
    const hash = createHash('sha256').update(BOOT_SCRIPT).digest('base64');
    expect(CONTENT_SECURITY_POLICY).toContain(`'sha256-${hash}'`);
  });
});
