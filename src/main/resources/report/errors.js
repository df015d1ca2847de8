(function () {
  var root = document.documentElement;
  function record(message) {
    root.dataset.jsErrors = (root.dataset.jsErrors ? root.dataset.jsErrors + ' | ' : '') + message;
  }
  window.addEventListener('error', function (e) {
    record((e.message || 'error') + (e.filename ? ' at ' + e.filename + ':' + e.lineno : ''));
  }, true);
  window.addEventListener('unhandledrejection', function (e) {
    record('unhandled rejection: ' + (e.reason && e.reason.message ? e.reason.message : e.reason));
  });
})();
