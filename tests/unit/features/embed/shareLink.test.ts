import { describe, expect, it } from 'vitest';
import { chartShareUrl } from '../../../../src/features/embed/shareLink';
import { decodeViewState } from '../../../../src/state/urlState';
import { DEFAULT_VIEW_STATE } from '../../../../src/state/viewState';

const view = {
  ...DEFAULT_VIEW_STATE,
  pmiRange: { from: '2020-01', to: '2020-12' },
  period: '2018',
  theme: 'dark' as const,
};

describe('the link to share a chart', () => {
  it('is the chart page in the chosen language, with the chart’s view and not the reader’s theme', () => {
    const url = new URL(
      chartShareUrl({ baseUrl: 'https://example.org/d/', chart: 'pmi', view, locale: 'id' }, true),
    );
    expect(url.origin + url.pathname).toBe('https://example.org/d/id/chart/pmi.html');
    const { state } = decodeViewState(url.search.slice(1), {
      periods: ['2018', '2019'],
      pmiMonths: { first: '2011-04', last: '2021-12' },
    });
    expect(state.pmiRange).toEqual({ from: '2020-01', to: '2020-12' });
    expect(state.locale).toBe('id');
    expect(url.searchParams.has('theme')).toBe(false);
    // Only what the chart shows: the sector chart's period is not the PMI's business.
    expect(url.searchParams.has('period')).toBe(false);
  });

  it('is the dashboard at the chart’s section where there are no chart pages', () => {
    const url = chartShareUrl(
      { baseUrl: 'https://example.org/d/', chart: 'sector-shares', view, locale: 'en' },
      false,
    );
    expect(url).toMatch(/^https:\/\/example\.org\/d\/\?v=1&period=2018#sectors$/);
  });
});
