/*
 * Resizes embedded charts of the Indonesia manufacturing exports dashboard.
 * Include once on the page that hosts the iframes:
 *   <script src="https://YOUR-DASHBOARD/embed-host.js" defer></script>
 * Each embed posts { type: 'idn-mfg-embed:height', chart, height } when its
 * height changes; this sets the height of the iframe that sent it. Messages
 * are checked by shape and by the sending window; nothing is evaluated.
 *
 * Optional: data-allowed-origins="https://charts.example.org https://…" on the
 * script tag takes height messages only from embeds served from those origins.
 */
(function () {
  'use strict';
  var MAX_HEIGHT = 20000;
  var script = document.currentScript;
  var listed = script ? script.getAttribute('data-allowed-origins') : null;
  var allowed = null;
  if (listed !== null) {
    allowed = [];
    var items = listed.split(/[\s,]+/);
    for (var i = 0; i < items.length; i++) {
      var origin = originOf(items[i]);
      if (origin) allowed.push(origin);
    }
  }

  function originOf(address) {
    try {
      var origin = new URL(address, document.baseURI).origin;
      return origin === 'null' ? null : origin;
    } catch {
      return null;
    }
  }

  function isAllowed(origin) {
    return allowed === null || allowed.indexOf(origin) !== -1;
  }

  window.addEventListener('message', function (event) {
    if (!isAllowed(event.origin)) return;
    var data = event.data;
    if (!data || typeof data !== 'object' || data.type !== 'idn-mfg-embed:height') return;
    var height = data.height;
    if (typeof height !== 'number' || !isFinite(height) || height <= 0 || height > MAX_HEIGHT)
      return;
    var frames = document.getElementsByTagName('iframe');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) {
        frames[i].style.height = Math.ceil(height) + 'px';
        return;
      }
    }
  });

  // Embeds that posted their height before this script ran (defer, or added later) say it again.
  var frames = document.getElementsByTagName('iframe');
  for (var j = 0; j < frames.length; j++) {
    var target = allowed === null ? '*' : originOf(frames[j].src);
    if (target === null || !isAllowed(target) || !frames[j].contentWindow) continue;
    frames[j].contentWindow.postMessage({ type: 'idn-mfg-embed:host-ready' }, target);
  }
})();
