// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { embedRouteSearch, parseRoute } from '../../../src/state/route.ts';
import {
  buildEmbedCode,
  initialEmbedHeight,
  embedUrl,
} from '../../../src/features/embed/embedCode.ts';
import { decodeViewState } from '../../../src/state/urlState.ts';
import { DEFAULT_VIEW_STATE } from '../../../src/state/viewState.ts';

const context = { periods: ['2019', '2018'], pmiMonths: { first: '2018-01', last: '2021-12' } };

describe('routes', () => {
  it('opens the dashboard without an embed parameter and keeps the view parameters', () => {
    expect(parseRoute('?period=2018&lang=id')).toEqual({
      route: { kind: 'dashboard' },
      viewSearch: 'period=2018&lang=id',
      ignored: [],
    });
  });

  it('reports the route parameters it did not take as written', () => {
    expect(parseRoute('?embed=pmi&hide=title,legend&static=yes').ignored).toEqual([
      { param: 'hide', value: 'legend', reason: 'unknown-value' },
      { param: 'static', value: 'yes', reason: 'malformed' },
    ]);
    // On the dashboard, embed options do nothing.
    expect(parseRoute('?hide=title&static=1').ignored).toEqual([
      { param: 'hide', value: 'title', reason: 'unknown-param' },
      { param: 'static', value: '1', reason: 'unknown-param' },
    ]);
    expect(parseRoute('?embed=pmi&hide=title,source&static=0').ignored).toEqual([]);
  });

  it('opens an embed with its options, separate from the view state', () => {
    const parsed = parseRoute('?embed=pmi&hide=title,source&static=1&pmi=2020-01..2020-12');
    expect(parsed.route).toEqual({
      kind: 'embed',
      chart: 'pmi',
      options: { hideTitle: true, hideSource: true, isStatic: true },
    });
    expect(decodeViewState(parsed.viewSearch, context).ignored).toEqual([]);
  });

  it('reports an unknown chart instead of crashing, naming it only when it is a well-formed id', () => {
    expect(parseRoute('?embed=nope').route).toEqual({ kind: 'embed-unknown', requested: 'nope' });
    expect(parseRoute('?embed=%3Cimg%3E').route).toEqual({
      kind: 'embed-unknown',
      requested: null,
    });
    // A name planted to be echoed on the page as if the site said it.
    expect(parseRoute('?embed=Server%20moved%2C%20call%20%2B62%20800%20123').route).toEqual({
      kind: 'embed-unknown',
      requested: null,
    });
    expect(parseRoute(`?embed=${'a'.repeat(61)}`).route).toEqual({
      kind: 'embed-unknown',
      requested: null,
    });
  });

  it('round-trips embed options', () => {
    const options = { hideTitle: true, hideSource: false, isStatic: true };
    expect(parseRoute(`?${embedRouteSearch('sector-shares', options)}`).route).toEqual({
      kind: 'embed',
      chart: 'sector-shares',
      options,
    });
  });
});

describe('embed code', () => {
  const input = {
    baseUrl: 'https://example.org/dash/',
    chart: 'pmi' as const,
    view: { ...DEFAULT_VIEW_STATE, pmiRange: { from: '2020-01', to: '2020-12' }, period: '2018' },
    theme: 'dark' as const,
    locale: 'id' as const,
    options: { hideTitle: false, hideSource: true, isStatic: false },
    title: 'PMI "turun" <ke> 27,5',
  };

  it('points at the public address with only the chart’s own view parameters', () => {
    const url = embedUrl(input);
    expect(url).toBe(
      'https://example.org/dash/?embed=pmi&hide=source&v=1&pmi=2020-01..2020-12&lang=id&theme=dark',
    );
    const parsed = parseRoute(new URL(url).search);
    expect(decodeViewState(parsed.viewSearch, context).state.pmiRange).toEqual({
      from: '2020-01',
      to: '2020-12',
    });
  });

  it('is a titled, lazy, full-width iframe with the language, and the resizing script', () => {
    const code = buildEmbedCode(input);
    expect(code).toContain('title="PMI &quot;turun&quot; &lt;ke&gt; 27,5"');
    // Tall enough for the chart's source lines without the host script (embedCode.ts measures it).
    expect(code).toContain(
      `lang="id" loading="lazy" width="100%" height="${initialEmbedHeight(input.chart, 'id')}"`,
    );
    expect(initialEmbedHeight(input.chart, 'id')).toBeGreaterThan(700);
    expect(code).toContain('<script src="https://example.org/dash/embed-host.js" defer></script>');
    const doc = new DOMParser().parseFromString(code, 'text/html');
    expect(doc.querySelector('iframe')?.getAttribute('title')).toBe(input.title);
  });
});
