import { describe, expect, it } from 'vitest';
import {
  inlineHashes,
  singleFilePolicy,
  withSingleFilePolicy,
} from '../../../build/singleFilePolicy.ts';

const page = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <title>t</title>
    <script type="module" crossorigin>alert('Hello, world.');</script>
    <style rel="stylesheet" crossorigin>body{margin:0}</style>
  </head>
  <body><div id="root"></div></body>
</html>`;

describe('the one-file edition’s policy', () => {
  it('allows its inline script by the hash a browser computes (the CSP specification’s example)', () => {
    expect(inlineHashes(page).scripts).toEqual([
      "'sha256-qznLcsROx4GACP2dm0UCKCzCG+HiZ1guq6ZZDob/Tng='",
    ]);
  });

  it('names each inline script and style and nothing else', () => {
    const policy = singleFilePolicy(page);
    expect(policy).toMatch(/script-src 'sha256-[^' ]+'; style-src 'sha256-[^' ]+';/);
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toContain('unsafe');
  });

  it('changes when a byte of the code changes', () => {
    expect(singleFilePolicy(page.replace('world', 'World'))).not.toBe(singleFilePolicy(page));
  });

  it('goes in before the first script, so it covers it', () => {
    const html = withSingleFilePolicy(page);
    const meta = html.indexOf('http-equiv="Content-Security-Policy"');
    expect(meta).toBeGreaterThan(html.indexOf('<meta charset'));
    expect(meta).toBeLessThan(html.indexOf('<script'));
    // The inserted tag leaves the hashed text as it was.
    expect(inlineHashes(html)).toEqual(inlineHashes(page));
  });
});
