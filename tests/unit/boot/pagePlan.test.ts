import { describe, expect, it } from 'vitest';
import { planPage } from '../../../src/boot/pagePlan.ts';
import type { OpenedPage } from '../../../src/boot/pagePlan.ts';

/** The dashboard's English root page, opened with `search`; `page` overrides what the page says. */
function open(search: string, page: Partial<OpenedPage> = {}): ReturnType<typeof planPage> {
  return planPage({
    search,
    lang: 'en',
    chart: null,
    views: null,
    view: null,
    share: null,
    dataVersion: '2',
    storedLocale: () => null,
    languages: ['en-US'],
    ...page,
  });
}

const embedPage = (chart: string, lang = 'en'): Partial<OpenedPage> => ({
  lang,
  chart,
  views: 'period_2018 period_2018_kind_donut',
});

describe('the boot script’s page plan', () => {
  it('starts the app at once for a link made with older data, not for one made with the data now', () => {
    expect(open('?v=1&data=1').olderData).toBe(true);
    expect(open('?v=1&data=2').olderData).toBe(false);
    expect(open('?v=1').olderData).toBe(false);
    // A page without a version (the one-file edition) cannot tell: the app decides.
    expect(open('?data=2', { dataVersion: null }).olderData).toBe(true);
    // The data version frames a view: an embed link keeps the page of its view.
    expect(open('?period=2018&data=1', embedPage('sector-shares')).target).toBe(
      'embed/sector-shares/period_2018.html',
    );
    const drawn = open('?period=2018&data=2', {
      ...embedPage('sector-shares'),
      view: 'period_2018',
    });
    expect(drawn).toMatchObject({ here: drawn.target, viewPending: false, olderData: false });
  });

  it('stays on a page that is the one the link asks for', () => {
    const plan = open('');
    expect([plan.target, plan.here]).toEqual(['', '']);
    expect(plan.viewPending).toBe(false);
    expect(open('', embedPage('pmi')).target).toBe('embed/pmi.html');
  });

  it('takes the language from the link first, the old code `in` too', () => {
    expect(open('?lang=id').target).toBe('id/');
    expect(open('?lang=in').target).toBe('id/');
    expect(open('?lang=en', { lang: 'id' })).toMatchObject({ target: '', here: 'id/' });
    expect(open('?lang=id', embedPage('pmi')).target).toBe('id/embed/pmi.html');
  });

  it('follows an earlier choice, then the browser, only on the dashboard’s root page', () => {
    expect(open('', { storedLocale: () => 'id' }).target).toBe('id/');
    expect(open('', { languages: ['in-ID', 'en'] }).target).toBe('id/');
    expect(open('', { storedLocale: () => 'en', languages: ['id'] }).target).toBe('');
    // An embed page and the Indonesian pages are a language chosen already.
    expect(open('', { ...embedPage('pmi'), storedLocale: () => 'id' }).target).toBe(
      'embed/pmi.html',
    );
    expect(open('', { lang: 'id', languages: ['en'] }).target).toBe('id/');
  });

  it('sends an old ?embed= link to the chart’s embed page, an unknown chart to the app', () => {
    expect(open('?embed=pmi&hide=title').target).toBe('embed/pmi.html');
    expect(open('?embed=nope')).toMatchObject({ target: '', unknownChart: true, chart: null });
    expect(open('?embed=nope', embedPage('pmi'))).toMatchObject({
      target: '',
      here: 'embed/pmi.html',
    });
  });

  it('sends an embed link’s view to its page when the build drew it, else asks for the app', () => {
    expect(open('?period=2018&theme=dark&hide=title', embedPage('sector-shares')).target).toBe(
      'embed/sector-shares/period_2018.html',
    );
    const notDrawn = open('?period=2017', embedPage('sector-shares'));
    expect(notDrawn).toMatchObject({ target: 'embed/sector-shares.html', viewPending: true });
    const drawn = open('?period=2018', { ...embedPage('sector-shares'), view: 'period_2018' });
    expect(drawn).toMatchObject({ here: drawn.target, viewPending: false });
  });

  it('keeps a shareable chart page, in the language asked for', () => {
    expect(open('', { share: 'pmi' })).toMatchObject({
      target: 'chart/pmi.html',
      here: 'chart/pmi.html',
    });
    expect(open('?lang=id', { share: 'pmi' }).target).toBe('id/chart/pmi.html');
  });

  it('reads an embed’s options as the app does', () => {
    const { route } = open('?hide=title,%20source&static=1', embedPage('pmi'));
    expect(route).toEqual({
      kind: 'embed',
      chart: 'pmi',
      options: { hideTitle: true, hideSource: true, isStatic: true },
    });
  });

  it('names the page of what it shows in another language, for a host that asks', () => {
    const plan = open('?period=2018', embedPage('sector-shares'));
    expect(plan.pageIn('id')).toBe('id/embed/sector-shares/period_2018.html');
    expect(open('', { share: 'pmi' }).pageIn('id')).toBe('id/chart/pmi.html');
  });
});
