/*
 * Resizes embedded charts of the Indonesia manufacturing exports dashboard.
 * Include once on the page that hosts the iframes:
 *   <script src="https://YOUR-DASHBOARD/embed-host.js" defer></script>
 * Each embed posts { type: 'idn-mfg-embed:height', chart, height } when its
 * height changes; this sets the height of the iframe that sent it. Messages
 * are checked by shape and by the sending window; nothing is evaluated.
 */
(function () {
  'use strict';
  var MAX_HEIGHT = 20000;
  window.addEventListener('message', function (event) {
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
})();
