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

// Files: uploaded without leaving the page, so the text being edited stays as it is, and put
// into the text where the cursor was. Without this script the form uploads and the page reloads.
(function () {
  'use strict';
  var upload = document.querySelector('.file-upload');
  var list = document.querySelector('.file-list');
  var body = document.getElementById('body');
  var status = document.getElementById('files-status');
  var alert = document.getElementById('files-alert');
  if (!upload || !list || !body || !window.fetch || !window.FormData) { return; }

  function insert(markdown) {
    var at = body.selectionStart === undefined ? body.value.length : body.selectionStart;
    var before = body.value.slice(0, at);
    var text = (before && !/\n\n$/.test(before) ? (/\n$/.test(before) ? '\n' : '\n\n') : '') + markdown + '\n';
    body.setRangeText(text, at, body.selectionEnd, 'end');
    body.dispatchEvent(new Event('input'));
  }

  function say(element, text, className) {
    element.textContent = '';
    var p = document.createElement('p');
    p.className = className;
    p.textContent = text;
    element.appendChild(p);
  }

  function insertButton(item, markdown) {
    var button = document.createElement('button');
    button.type = 'button';
    button.textContent = list.dataset.insert;
    button.addEventListener('click', function () { insert(markdown); body.focus(); });
    item.querySelector('.file-about').appendChild(button);
  }

  Array.prototype.forEach.call(list.querySelectorAll('li'), function (item) {
    insertButton(item, item.querySelector('code').textContent);
  });

  upload.addEventListener('submit', function (event) {
    event.preventDefault();
    var button = upload.querySelector('button[type=submit]');
    button.disabled = true;
    fetch(upload.action, { method: 'POST', body: new FormData(upload), credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json().then(function (answer) { return { ok: r.ok, answer: answer }; }); })
      .then(function (result) {
        if (!result.ok) {
          status.textContent = '';
          say(alert, result.answer.message, 'notice');
          return;
        }
        alert.textContent = '';
        var file = result.answer;
        if (!list.querySelector('a[href="' + file.url + '"]')) {
          var item = document.createElement('li');
          var thumb = document.createElement(file.image ? 'img' : 'span');
          thumb.className = 'thumb' + (file.image ? '' : ' file-icon');
          if (file.image) { thumb.src = file.url; thumb.alt = ''; } else { thumb.textContent = '📄'; thumb.setAttribute('aria-hidden', 'true'); }
          var about = document.createElement('div');
          about.className = 'file-about';
          var link = document.createElement('a');
          link.href = file.url;
          link.dir = 'ltr';
          link.textContent = file.name;
          var code = document.createElement('code');
          code.dir = 'ltr';
          code.textContent = file.markdown;
          about.appendChild(link);
          about.appendChild(code);
          item.appendChild(thumb);
          item.appendChild(about);
          list.appendChild(item);
          insertButton(item, file.markdown);
        }
        insert(file.markdown);
        say(status, file.message + ' ' + upload.dataset.inserted, 'outcome');
        upload.reset();
      })
      .catch(function () { upload.submit(); })
      .then(function () { button.disabled = false; });
  });
}());
