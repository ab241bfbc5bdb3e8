// Agent console: keyboard first, and only an enhancement: every page works without it.
// "/" focuses the search, results follow the typing, arrow keys move between them, Enter opens one.
// "n" goes to the call's notes, which keep the steps passed and the articles opened, survive
// moving between steps (kept in this tab only, never sent anywhere) until "New call"; "c" copies
// them, as it copies a walkthrough's notes on its page. Keys are also read by their place on the
// keyboard, so that they work with an Arabic or another non-Latin layout.
(function () {
  'use strict';

  function typing(target) {
    return target && (target.tagName === 'INPUT' || target.tagName === 'TEXTAREA' || target.isContentEditable);
  }

  var console_ = document.querySelector('.console');
  var input = document.getElementById('console-q');
  var list = document.getElementById('console-results');
  var timer = null;
  var latest = 0;

  function links() {
    return list ? Array.prototype.slice.call(list.querySelectorAll('a')) : [];
  }

  function select(index) {
    var all = links();
    all.forEach(function (a, i) {
      a.parentElement.classList.toggle('selected', i === index);
      if (i === index) { a.focus(); }
    });
  }

  function render(hits) {
    list.textContent = '';
    hits.forEach(function (hit) {
      var li = document.createElement('li');
      var a = document.createElement('a');
      var slug = hit.type === 'guide' ? hit.guide : hit.article;
      a.href = console_.dataset.pages + (hit.type === 'guide' ? '/guides/' : '/articles/') + encodeURIComponent(slug)
        + (hit.type !== 'guide' && hit.lang !== console_.dataset.lang ? '?in=' + hit.lang : '');
      a.textContent = hit.title;
      a.lang = hit.lang;
      a.dir = 'auto';
      li.appendChild(a);
      if (hit.lang !== console_.dataset.lang) {
        var badge = document.createElement('span');
        badge.className = 'badge';
        badge.textContent = hit.lang.toUpperCase();
        badge.title = list.dataset.other;
        li.appendChild(document.createTextNode(' '));
        li.appendChild(badge);
      }
      if (hit.snippet) {
        var p = document.createElement('p');
        p.lang = hit.lang;
        p.dir = 'auto';
        // Sanitized on the server (the sanitizer of article pages: text and <mark> only here).
        p.innerHTML = hit.snippet;
        li.appendChild(p);
      }
      list.appendChild(li);
    });
  }

  function searchNow() {
    var q = input.value.trim();
    if (q.length < 2) { return; }
    var asked = ++latest;
    var url = console_.dataset.api + '?limit=8&lang=' + encodeURIComponent(console_.dataset.lang) + '&q=' + encodeURIComponent(q);
    fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.ok ? r.json() : null; })
      .then(function (body) {
        if (body && asked === latest) { render((body.guides || []).concat(body.hits || [])); }
      })
      .catch(function () { /* the form still works: Enter submits it */ });
  }

  if (console_ && input && list) {
    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(searchNow, 150);
    });
    input.addEventListener('keydown', function (e) {
      if (e.key === 'ArrowDown' && links().length > 0) {
        e.preventDefault();
        select(0);
      }
    });
    list.addEventListener('keydown', function (e) {
      var all = links();
      var at = all.indexOf(document.activeElement);
      if (e.key === 'ArrowDown' && at < all.length - 1) { e.preventDefault(); select(at + 1); }
      if (e.key === 'ArrowUp') { e.preventDefault(); if (at > 0) { select(at - 1); } else { input.focus(); } }
    });
  }

  var copy = document.querySelector('[data-copy]');
  if (copy) {
    copy.hidden = false;
    var doCopy = function () {
      var notes = document.getElementById(copy.dataset.copy);
      var status = document.querySelector('[data-copy-status]');
      var done = function () { if (status) { status.textContent = copy.dataset.done; } };
      if (navigator.clipboard && window.isSecureContext) {
        navigator.clipboard.writeText(notes.value).then(done, function () { notes.select(); document.execCommand('copy'); done(); });
      } else {
        notes.select();
        document.execCommand('copy');
        done();
      }
    };
    copy.addEventListener('click', doCopy);
    document.addEventListener('keydown', function (e) {
      if ((e.key === 'c' || e.code === 'KeyC') && !e.ctrlKey && !e.metaKey && !e.altKey && !typing(e.target)) { doCopy(); }
    });
  }

  var notes = document.getElementById('call-notes');
  if (notes && window.sessionStorage) {
    var KEY = 'guidepost.callNotes';
    var save = function () { sessionStorage.setItem(KEY, notes.value); };
    var append = function (line) {
      notes.value = notes.value.replace(/\s*$/, '') + (notes.value.trim() ? '\n' : '') + line + '\n';
      save();
    };
    notes.value = sessionStorage.getItem(KEY) || '';
    var stepLine = notes.dataset.step;
    if (stepLine && notes.value.trim().split('\n').filter(function (l) { return l.indexOf(stepLine) === 0; }).length === 0) {
      append(stepLine);
    }
    notes.addEventListener('input', save);
    if (list) {
      list.addEventListener('click', function (e) {
        var a = e.target.closest && e.target.closest('a');
        if (a) { append(notes.dataset.read.replace('{title}', a.textContent) + ' ' + a.href); }
      });
    }
    var fresh = document.querySelector('[data-new-call]');
    if (fresh) {
      fresh.hidden = false;
      fresh.addEventListener('click', function () {
        sessionStorage.removeItem(KEY);
        window.location.href = console_.dataset.pages + '/console';
      });
    }
  }

  document.addEventListener('keydown', function (e) {
    if ((e.key === 'n' || e.code === 'KeyN') && notes && !e.ctrlKey && !e.metaKey && !e.altKey && !typing(e.target)) {
      e.preventDefault();
      notes.focus();
      notes.setSelectionRange(notes.value.length, notes.value.length);
    }
    if ((e.key === '/' || e.code === 'Slash') && input && !typing(e.target)) {
      e.preventDefault();
      input.focus();
      input.select();
    }
  });
}());
