/*
 * Runs before the first paint of every prerendered page (a small blocking
 * script, same origin, so the Content-Security-Policy allows it).
 *
 * - Sends the reader to the page of their language (the build writes one
 *   page per language: ./ and id/) and of the chart an old `?embed=` link
 *   names (embed/<chart>.html), keeping the query and hash. A link's `lang`
 *   decides; the root page also follows an earlier choice or the browser.
 * - Applies the theme, and an embed's hide=… and static=1, so the first paint
 *   is what the app will show.
 * - In an embed, the chart paints from HTML and CSS alone: the app (tooltips,
 *   keyboard walking) loads on the first pointer or keyboard use, never with
 *   static=1, at once when the link asks for another view than the drawn one.
 *   Until then this script posts the embed's height to the host page.
 */
(function () {
  'use strict';
  var root = document.documentElement;
  var script = document.currentScript;
  var entry = script && script.getAttribute('data-entry');
  var base = root.getAttribute('data-base') || './';
  var page = root.lang;
  var params = new URLSearchParams(location.search);
  var CHARTS = ['sector-shares', 'exports-trend', 'pmi'];
  var pageChart = entry ? (/([\w-]+)\.html$/.exec(location.pathname) || [])[1] : null;

  // The language: the link's `lang` first. The Indonesian pages and embed pages are a language
  // chosen already; only the dashboard's root page follows an earlier choice or the browser.
  function wantedLocale() {
    var lang = params.get('lang');
    if (lang === 'in') lang = 'id';
    if (lang === 'en' || lang === 'id') return lang;
    if (page === 'id' || entry) return page;
    try {
      lang = localStorage.getItem('idn-mfg:locale');
    } catch {
      lang = null;
    }
    if (lang === 'en' || lang === 'id') return lang;
    var languages = navigator.languages || [navigator.language || 'en'];
    for (var i = 0; i < languages.length; i++) {
      var code = String(languages[i]).toLowerCase().split('-')[0];
      if (code === 'id' || code === 'in') return 'id';
      if (code === 'en') return 'en';
    }
    return 'en';
  }

  var locale = wantedLocale();
  var asked = params.get('embed');
  var chart = asked !== null ? (CHARTS.indexOf(asked) >= 0 ? asked : null) : pageChart;
  // An unknown chart is explained by the app on the dashboard page.
  var target = (locale === 'id' ? 'id/' : '') + (chart ? 'embed/' + chart + '.html' : '');
  var here = (page === 'id' ? 'id/' : '') + (pageChart ? 'embed/' + pageChart + '.html' : '');
  if (target !== here) {
    location.replace(base + target + location.search + location.hash);
    return;
  }
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  if (asked !== null && !chart) root.setAttribute('data-prerender', 'none');

  // Parameters that change what the chart shows (not how it is framed).
  var view = false;
  params.forEach(function (_value, key) {
    if (['embed', 'hide', 'static', 'theme', 'lang', 'v'].indexOf(key) < 0) view = true;
  });
  if (view) root.setAttribute('data-view-pending', '');
  if (!entry) return;

  var hide = (params.get('hide') || '').split(',');
  if (hide.indexOf('title') >= 0) root.setAttribute('data-hide-title', '');
  if (hide.indexOf('source') >= 0) root.setAttribute('data-hide-source', '');
  var isStatic = params.get('static') === '1';
  if (isStatic) root.setAttribute('data-static', '');

  var loaded = false;
  var events = ['pointerover', 'pointerdown', 'keydown', 'focusin', 'touchstart'];
  function load() {
    if (loaded) return;
    loaded = true;
    events.forEach(function (type) {
      removeEventListener(type, load, true);
    });
    import(new URL(entry, location.href).href);
  }
  if (view) load();
  else if (!isStatic)
    events.forEach(function (type) {
      addEventListener(type, load, { capture: true, passive: true });
    });

  if (window.parent === window) return;
  // Heights for the host page (embed-host.js), until and after the app takes over.
  var last = -1;
  function post() {
    var node = document.querySelector('#root > .embed') || document.getElementById('root');
    var height = node ? Math.ceil(node.getBoundingClientRect().height) : 0;
    if (height <= 0 || height === last) return;
    last = height;
    parent.postMessage({ type: 'idn-mfg-embed:height', chart: chart, height: height }, '*');
  }
  addEventListener('message', function (event) {
    if (event.source !== parent || root.hasAttribute('data-live')) return;
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    if (data.type === 'idn-mfg-embed:set-theme' && /^(light|dark|system)$/.test(data.theme)) {
      if (data.theme === 'system') root.removeAttribute('data-theme');
      else root.setAttribute('data-theme', data.theme);
    } else if (
      data.type === 'idn-mfg-embed:set-lang' &&
      (data.lang === 'en' || data.lang === 'id')
    ) {
      if (data.lang !== page) {
        params.set('lang', data.lang);
        location.replace(
          base + (data.lang === 'id' ? 'id/' : '') + 'embed/' + chart + '.html?' + params,
        );
      }
    }
  });
  document.addEventListener('DOMContentLoaded', function () {
    post();
    if (typeof ResizeObserver === 'function') new ResizeObserver(post).observe(document.body);
  });
})();
