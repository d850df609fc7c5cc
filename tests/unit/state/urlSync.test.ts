// @vitest-environment jsdom
import { afterEach, describe, expect, it } from 'vitest';
import { parseRoute } from '../../../src/state/route.ts';
import { createDashboardStore } from '../../../src/state/store.ts';
import { decodeViewState } from '../../../src/state/urlState.ts';
import { startUrlSync } from '../../../src/state/urlSync.ts';

const context = { periods: ['2019', '2018'], pmiMonths: { first: '2018-01', last: '2021-12' } };

/** Opens `search` the way main.tsx does: decode the view, start the sync, return the address bar. */
function open(search: string): string {
  window.history.replaceState(null, '', `/${search}`);
  const { viewSearch } = parseRoute(window.location.search);
  const { state } = decodeViewState(viewSearch, context);
  const store = createDashboardStore({ loader: { files: async () => '' }, initial: state });
  stop = startUrlSync(store);
  return `${window.location.pathname}${window.location.search}${window.location.hash}`;
}

let stop = () => {};
afterEach(() => {
  stop();
  window.history.replaceState(null, '', '/');
});

describe('the address bar after opening a link', () => {
  it('drops text planted in a link whose view is the default', () => {
    expect(open('?msg=Your%20session%20expired%2C%20call%20%2B62%20800%20123')).toBe('/');
  });

  it('drops a 1 MB language value', () => {
    // Sliced so that a failure does not print a megabyte.
    expect(open(`?lang=${'x'.repeat(1_000_000)}`).slice(0, 60)).toBe('/');
  });

  it('keeps only what the view needs beside planted text', () => {
    expect(open('?msg=call+us&period=2018&lang=id')).toBe('/?v=1&period=2018&lang=id');
  });

  it('keeps the section anchor', () => {
    expect(open('?msg=x#pmi')).toBe('/#pmi');
  });
});
