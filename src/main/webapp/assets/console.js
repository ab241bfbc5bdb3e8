// Agent console: keyboard first, and only an enhancement: every page works without it.
// "/" focuses the search, results follow the typing, arrow keys move between them, Enter opens one.
// On walkthrough pages, the notes are copied with the button or the "c" key.
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
      if (e.key === 'c' && !e.ctrlKey && !e.metaKey && !e.altKey && !typing(e.target)) { doCopy(); }
    });
  }

  document.addEventListener('keydown', function (e) {
    if (e.key === '/' && input && !typing(e.target)) {
      e.preventDefault();
      input.focus();
      input.select();
    }
  });
}());
