// tagungsband preview: reloads this page when the archive has been rebuilt. Only `tagungsband serve` serves
// this script and adds it to the pages it serves; `tagungsband build` never writes it into a site.
(function () {
  'use strict';
  var script = document.currentScript;
  var shown = script ? script.getAttribute('data-generation') : null;
  var events = new EventSource('/_tagungsband/events');
  events.addEventListener('build', function (event) {
    if (event.data !== shown) {
      events.close();
      window.location.reload();
    }
  });
})();
