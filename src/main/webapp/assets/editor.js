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

// The Markdown toolbar: each button puts the Markdown for its kind of text around the selection
// (or at the cursor), as the keyboard shortcuts Ctrl+B, Ctrl+I and Ctrl+K do. A toolbar in the
// ARIA pattern: one stop in the tab order, arrow keys move between its buttons.
(function () {
  'use strict';
  var bar = document.querySelector('.md-toolbar');
  var body = document.getElementById('body');
  if (!bar || !body) { return; }
  bar.hidden = false;
  var buttons = Array.prototype.slice.call(bar.querySelectorAll('button'));

  function selection() {
    return { start: body.selectionStart, end: body.selectionEnd, text: body.value.slice(body.selectionStart, body.selectionEnd) };
  }

  function replace(start, end, text, selectFrom, selectTo) {
    body.focus();
    body.setRangeText(text, start, end, 'end');
    if (selectFrom !== undefined) { body.setSelectionRange(start + selectFrom, start + selectTo); }
    body.dispatchEvent(new Event('input'));
  }

  function wrap(marker, placeholder) {
    var s = selection();
    var inner = s.text || placeholder;
    replace(s.start, s.end, marker + inner + marker, marker.length, marker.length + inner.length);
  }

  // Line formats apply to every line the selection touches.
  function prefixLines(prefix) {
    var lineStart = body.value.lastIndexOf('\n', body.selectionStart - 1) + 1;
    var lineEnd = body.value.indexOf('\n', body.selectionEnd);
    if (lineEnd < 0) { lineEnd = body.value.length; }
    var lines = body.value.slice(lineStart, lineEnd).split('\n');
    var text = lines.map(function (line, i) { return prefix(i) + line.replace(/^(#{1,6} |[-*] |\d+\. )/, ''); }).join('\n');
    replace(lineStart, lineEnd, text, text.length, text.length);
  }

  var actions = {
    bold: function () { wrap('**', bar.dataset.text || 'text'); },
    italic: function () { wrap('_', bar.dataset.text || 'text'); },
    heading: function () { prefixLines(function () { return '## '; }); },
    bullets: function () { prefixLines(function () { return '- '; }); },
    numbers: function () { prefixLines(function (i) { return (i + 1) + '. '; }); },
    link: function () {
      var s = selection();
      var label = s.text || bar.dataset.text || 'link';
      replace(s.start, s.end, '[' + label + '](https://)', label.length + 3, label.length + 11);
    },
    image: function () {
      var files = document.getElementById('files');
      if (files) {
        files.scrollIntoView();
        var chooser = document.getElementById('file');
        if (chooser) { chooser.focus(); }
        return;
      }
      var s = selection();
      replace(s.start, s.end, '![' + (s.text || '') + '](files/)', s.text.length + 11, s.text.length + 11);
    },
    code: function () { wrap('`', 'code'); }
  };

  buttons.forEach(function (button, index) {
    button.addEventListener('click', function () { actions[button.dataset.md](); });
    button.addEventListener('keydown', function (e) {
      var next = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
      if (document.documentElement.dir === 'rtl') { next = -next; }
      if (e.key === 'Home') { next = -index; }
      if (e.key === 'End') { next = buttons.length - 1 - index; }
      if (next !== 0) {
        e.preventDefault();
        var to = (index + next + buttons.length) % buttons.length;
        buttons.forEach(function (b, i) { b.tabIndex = i === to ? 0 : -1; });
        buttons[to].focus();
      }
    });
  });

  body.addEventListener('keydown', function (e) {
    if (!(e.ctrlKey || e.metaKey) || e.altKey) { return; }
    var key = e.key.toLowerCase();
    var action = key === 'b' ? 'bold' : key === 'i' ? 'italic' : key === 'k' ? 'link' : null;
    if (action) {
      e.preventDefault();
      actions[action]();
    }
  });
}());
