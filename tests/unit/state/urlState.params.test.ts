import { describe, expect, it, vi } from 'vitest';
import type { ParamCodec, ParamTable } from '../../../src/state/urlState.ts';
import { URL_PARAM_KEYS, decodeViewState, encodeViewState } from '../../../src/state/urlState.ts';
import { reportIgnoredParams } from '../../../src/state/urlSync.ts';
import { DEFAULT_VIEW_STATE } from '../../../src/state/viewState.ts';

const context = {
  periods: ['2019', '2018'],
  sectors: ['food', 'chemicals'],
  pmiMonths: { first: '2018-01', last: '2021-12' },
};

describe('the parameter table', () => {
  it('writes each field under its own key: a view that changes every field uses every key once', () => {
    const everythingChanged = encodeViewState({
      period: '2018',
      sector: 'food',
      pmiRange: { from: '2019-01', to: '2019-12' },
      views: { 'sector-shares': 'table', 'exports-trend': 'table', pmi: 'table' },
      sectorChartKind: 'donut',
      locale: 'id',
      theme: 'dark',
      dataVersion: 1,
    });
    const keys = [...new URLSearchParams(everythingChanged).keys()];
    expect(keys).toEqual([...URL_PARAM_KEYS]);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('does not compile without an entry for every view field', () => {
    const theme: ParamCodec<(typeof DEFAULT_VIEW_STATE)['theme']> = {
      key: 'theme',
      default: 'system',
      charts: 'every',
      encode: (value) => value,
      decode: () => undefined,
    };
    // @ts-expect-error: a table with only the theme misses period, sector, pmiRange, views, …
    const partial: ParamTable = { theme };
    expect(Object.keys(partial)).toEqual(['theme']);
  });
});

describe('a link’s ignored parameters', () => {
  it('are returned with the reason, and said in development', () => {
    const { ignored } = decodeViewState(
      `v=1&msg=hello&sector=tobacco&lang=${'x'.repeat(90)}&period=2018`,
      context,
    );
    expect(ignored).toEqual([
      { param: 'msg', value: 'hello', reason: 'unknown-param' },
      { param: 'sector', value: 'tobacco', reason: 'unknown-value' },
      { param: 'lang', value: 'x'.repeat(90), reason: 'unknown-value' },
    ]);
    const warn = vi.fn();
    reportIgnoredParams(ignored, warn);
    expect(warn).toHaveBeenCalledTimes(1);
    const message = String(warn.mock.calls[0]?.[0]);
    expect(message).toContain('3 parameter(s)');
    expect(message).toContain('msg=hello (unknown-param)');
    expect(message).toContain('sector=tobacco (unknown-value)');
    // A long value is cut, so a planted megabyte does not flood the console.
    expect(message).toContain(`lang=${'x'.repeat(40)}… (unknown-value)`);
  });

  it('say nothing for a link that was taken whole', () => {
    const warn = vi.fn();
    reportIgnoredParams(decodeViewState('v=1&sector=food&lang=id', context).ignored, warn);
    expect(warn).not.toHaveBeenCalled();
  });
});
