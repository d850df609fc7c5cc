/*
 * Runs before the first paint (a tiny blocking script, same origin, so the
 * Content-Security-Policy allows it): chooses which prerendered language to
 * show, hides the prerendered dashboard in an embed, and applies a theme
 * from the link, so the first paint already matches what the app will draw.
 */
(function () {
  'use strict';
  var root = document.documentElement;
  var params = new URLSearchParams(window.location.search);
  var lang = params.get('lang');
  if (lang === 'in') lang = 'id';
  if (lang !== 'en' && lang !== 'id') {
    lang = null;
    try {
      lang = window.localStorage.getItem('idn-mfg:locale');
    } catch {
      lang = null;
    }
  }
  if (lang !== 'en' && lang !== 'id') {
    var languages = navigator.languages || [navigator.language || 'en'];
    lang = 'en';
    for (var i = 0; i < languages.length; i++) {
      var base = String(languages[i]).toLowerCase().split('-')[0];
      if (base === 'id' || base === 'in') {
        lang = 'id';
        break;
      }
      if (base === 'en') break;
    }
  }
  root.lang = lang;
  root.setAttribute('data-prerender', params.has('embed') ? 'none' : lang);
  var theme = params.get('theme');
  if (theme === 'light' || theme === 'dark') root.setAttribute('data-theme', theme);
})();
