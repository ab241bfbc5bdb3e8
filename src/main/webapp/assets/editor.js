// Editor: a live preview of the text as readers will see it. The server sanitizes it (the same
// sanitizer as the article page); without this script the Preview button does the same.
(function () {
  'use strict';
  var form = document.querySelector('.editor-form');
  var body = document.getElementById('body');
  var target = document.getElementById('preview-html');
  if (!form || !body || !target || !window.fetch) { return; }
  var timer = null;
  var latest = 0;
  function preview() {
    var asked = ++latest;
    fetch(form.dataset.preview, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': form.dataset.csrf },
      body: JSON.stringify({ body: body.value })
    }).then(function (r) { return r.ok ? r.json() : null; })
      .then(function (answer) {
        if (answer && asked === latest) {
          // Sanitized by the server; the page's Content-Security-Policy also forbids inline script.
          target.innerHTML = answer.html;
        }
      })
      .catch(function () { /* the Preview button still works */ });
  }
  body.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(preview, 300);
  });
  preview();
}());
