/*
 * Runs before the first paint of every prerendered page, inlined into its
 * head by scripts/prerenderPlugin.ts (no request; the Content-Security-Policy
 * allows exactly this script by its sha256).
 *
 * - Sends the reader to the page of their language (the build writes one
 *   page per language: ./ and id/), of the chart an old `?embed=` link
 *   names (embed/<chart>.html), and, in an embed, of the view the link asks
 *   for when the build drew it (embed/<chart>/<view>.html, listed in the
 *   page's data-views), keeping the query and hash. A link's `lang` decides;
 *   the root page also follows an earlier choice or the browser.
 * - Applies the theme, and an embed's hide=… and static=1, so the first paint
 *   is what the app will show.
 * - Registers the service worker once the page has loaded and the browser is
 *   idle, so a reader who only reads gets the offline copy too.
 * - The page paints from HTML and CSS alone: the app (controls, tooltips,
 *   keyboard walking) loads on the first use (pointer, key, touch, scroll),
 *   never in a static=1 embed, and at once when the link asks for another
 *   view than the drawn one. A click, and keys pressed on a chart, made
 *   before the app is there are made again once it is (main.tsx). Until then, in an embed, this script posts
 *   the height to the host page.
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
  var pageChart = root.getAttribute('data-chart');

  // The language: the link's `lang` first. The Indonesian pages and embed pages are a language
  // chosen already; only the dashboard's root page follows an earlier choice or the browser.
  function wantedLocale() {
    var lang = params.get('lang');
    if (lang === 'in') lang = 'id';
    if (lang === 'en' || lang === 'id') return lang;
    if (page === 'id' || pageChart) return page;
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
  // The link's view: its parameters that change what the chart shows (not how it is framed), in
  // their order, as src/prerender/embedViews.ts writes them.
  var viewParams = new URLSearchParams(location.search);
  ['embed', 'hide', 'static', 'theme', 'lang', 'v', 'data'].forEach(function (key) {
    viewParams.delete(key);
  });
  var wantedView = viewParams.toString();
  // An embed view the build drew has a page of its own: embed/<chart>/<name>.html.
  var drawnViews = (root.getAttribute('data-views') || '').split(' ');
  var wantedSlug = wantedView.replace(/[^A-Za-z0-9.-]+/g, '_');
  var viewPage = chart && wantedView && drawnViews.indexOf(wantedSlug) >= 0 ? wantedSlug : '';
  var drawnView = root.getAttribute('data-view') || '';
  // An unknown chart is explained by the app on the dashboard page.
  // A chart's shareable page (chart/<chart>.html) is the dashboard opened at that chart.
  var shared = root.getAttribute('data-share');
  var sharePage = shared ? 'chart/' + shared + '.html' : '';
  function pageOf(language, pageChart, view) {
    var chartPage = pageChart
      ? 'embed/' + pageChart + (view ? '/' + view : '') + '.html'
      : sharePage;
    return (language === 'id' ? 'id/' : '') + chartPage;
  }
  var target = pageOf(locale, chart, viewPage);
  var here = pageOf(page, pageChart, drawnView);
  if (target !== here) {
    location.replace(base + target + location.search + location.hash);
    return;
  }
  var section = root.getAttribute('data-share-section');
  // The page's own scroll to a chart is not the reader's use: it loads nothing.
  var ownScroll = false;
  if (section && !location.hash)
    document.addEventListener('DOMContentLoaded', function () {
      var node = document.getElementById(section);
      if (!node) return;
      ownScroll = true;
      node.scrollIntoView();
      // Scroll events fire in the next frame; after two, any scroll is the reader's.
      requestAnimationFrame(function () {
        requestAnimationFrame(function () {
          ownScroll = false;
        });
      });
    });
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
  if (asked !== null && !chart) root.setAttribute('data-prerender', 'none');

  // A link asks for another view than the one drawn here.
  var view = wantedSlug !== drawnView;
  if (view) root.setAttribute('data-view-pending', '');
  if (!entry) return;

  // Offline on every visit, not only after first use: once the page has loaded and the browser is
  // idle, the service worker (at the app's root, whatever this page's depth) precaches what the app
  // needs. The app's own registration (src/app/serviceWorker.ts) finds the same worker.
  if ('serviceWorker' in navigator && location.protocol !== 'file:')
    addEventListener('load', function () {
      var idle =
        window.requestIdleCallback ||
        function (work) {
          setTimeout(work, 1);
        };
      idle(function () {
        var scope = new URL(base, location.href);
        navigator.serviceWorker
          .register(new URL('sw.js', scope).href, { scope: scope.pathname })
          .catch(function () {});
      });
    });

  if (pageChart) {
    var hide = (params.get('hide') || '').split(',');
    if (hide.indexOf('title') >= 0) root.setAttribute('data-hide-title', '');
    if (hide.indexOf('source') >= 0) root.setAttribute('data-hide-source', '');
    var isStatic = params.get('static') === '1';
    if (isStatic) root.setAttribute('data-static', '');
  }

  var loaded = false;
  // Real use only: a pointer that moves or presses, a key, focus, a touch, a scroll (not a pointer
  // resting there).
  var events = [
    'pointermove',
    'pointerdown',
    'keydown',
    'focusin',
    'touchstart',
    'scroll',
    'wheel',
  ];
  function load(event) {
    if (loaded || (ownScroll && event && event.type === 'scroll')) return;
    loaded = true;
    events.forEach(function (type) {
      removeEventListener(type, load, true);
    });
    var url = new URL(entry, location.href).href;
    import(url)
      .catch(function () {
        return new Promise(function (resolve) {
          setTimeout(resolve, 800);
        }).then(function () {
          return import(url);
        });
      })
      .catch(function () {
        // The app's code could not be loaded: say so rather than look loaded and stay dead.
        var notice = document.createElement('div');
        notice.className = 'panel-error load-failure';
        notice.setAttribute('role', 'alert');
        var text = document.createElement('p');
        text.className = 'panel-error__title';
        text.textContent =
          page === 'id'
            ? 'Bagian interaktif halaman ini tidak dapat dimuat. Muat ulang halaman.'
            : 'The interactive part of this page could not be loaded. Reload the page.';
        var button = document.createElement('button');
        button.type = 'button';
        button.className = 'button';
        button.textContent = page === 'id' ? 'Muat ulang halaman' : 'Reload the page';
        button.addEventListener('click', function () {
          location.reload();
        });
        notice.append(text, button);
        document.body.prepend(notice);
      });
  }
  // The first click before the app is there, to be made again once it is.
  addEventListener(
    'click',
    function (event) {
      if (root.hasAttribute('data-live') || window.idnMfgPendingClick) return;
      var target = event.target instanceof Element ? event.target.closest('button') : null;
      if (target) window.idnMfgPendingClick = target;
    },
    true,
  );
  // A control changed before the app is there (a period chosen in the dropdown, an assistive tool or
  // a script setting it, the browser restoring the form on reload): its last value, set again once
  // the app is (lib/earlyUse.ts), and the app is needed at once.
  var pendingChanges = (window.idnMfgPendingChanges = []);
  function keepChange(target) {
    if (root.hasAttribute('data-live') || root.hasAttribute('data-static')) return;
    if (!(target instanceof HTMLSelectElement || target instanceof HTMLInputElement)) return;
    if (target.type === 'file') return;
    for (var i = pendingChanges.length - 1; i >= 0; i--)
      if (pendingChanges[i].target === target) pendingChanges.splice(i, 1);
    pendingChanges.push({
      target: target,
      id: target.id,
      value: target.value,
      checked: target.checked,
    });
    load();
  }
  addEventListener(
    'change',
    function (event) {
      keepChange(event.target);
    },
    true,
  );
  // A restored form fires no change: a dropdown away from the option the page was drawn with.
  document.addEventListener('DOMContentLoaded', function () {
    root.querySelectorAll('select').forEach(function (select) {
      var option = select.options[select.selectedIndex];
      if (option && !option.defaultSelected) keepChange(select);
    });
  });
  // Keys pressed on a chart before the app is there (walking its marks), to be pressed again once it
  // is, in order (lib/earlyUse.ts). Keys on controls need no help: the browser acts on them (Enter on
  // a button clicks).
  var pendingKeys = (window.idnMfgPendingKeys = []);
  addEventListener(
    'keydown',
    function (event) {
      if (root.hasAttribute('data-live') || pendingKeys.length >= 50) return;
      var target = event.target;
      if (
        target instanceof Element &&
        target.classList.contains('chart-keys') &&
        !target.hasAttribute('data-keys-live')
      )
        pendingKeys.push({
          target: target,
          key: event.key,
          shiftKey: event.shiftKey,
          altKey: event.altKey,
          ctrlKey: event.ctrlKey,
          metaKey: event.metaKey,
        });
    },
    true,
  );
  // A link made with older data (`data=1` on a page of version 2) says what changed since.
  var linkData = params.get('data');
  var olderData = linkData !== null && linkData !== root.getAttribute('data-version');
  // Another view than the drawn one, a link made with older data, or an unknown chart to explain:
  // the app is needed at once.
  if (view || olderData || (asked !== null && !chart)) load();
  else if (!root.hasAttribute('data-static'))
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
  // Host requests, until the app takes them over: the latest theme wins, applied once (a flood of
  // messages costs one change); a language is the other language's page.
  var pendingTheme = null;
  function applyTheme() {
    var theme = pendingTheme;
    pendingTheme = null;
    if (theme === 'system') root.removeAttribute('data-theme');
    else if (root.getAttribute('data-theme') !== theme) root.setAttribute('data-theme', theme);
  }
  addEventListener('message', function (event) {
    if (event.source !== parent || root.hasAttribute('data-live')) return;
    var data = event.data;
    if (!data || typeof data !== 'object') return;
    if (data.type === 'idn-mfg-embed:host-ready') {
      last = -1;
      post();
    } else if (
      data.type === 'idn-mfg-embed:set-theme' &&
      /^(light|dark|system)$/.test(data.theme)
    ) {
      if (pendingTheme === null) setTimeout(applyTheme, 50);
      pendingTheme = data.theme;
    } else if (
      data.type === 'idn-mfg-embed:set-lang' &&
      (data.lang === 'en' || data.lang === 'id')
    ) {
      if (data.lang !== page) {
        params.set('lang', data.lang);
        location.replace(base + pageOf(data.lang, chart, viewPage) + '?' + params);
      }
    }
  });
  document.addEventListener('DOMContentLoaded', function () {
    post();
    if (typeof ResizeObserver === 'function') new ResizeObserver(post).observe(document.body);
  });
})();
