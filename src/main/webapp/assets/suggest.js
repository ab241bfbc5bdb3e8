// Suggestions as the reader types, in every search form marked data-suggest: only an
// enhancement, the form searches without it. The ARIA 1.2 combobox pattern: the box says whether
// its list is open and which suggestion is active; arrow keys move, Enter opens the active one
// (a title opens its page, a query others searched is searched), Escape closes the list.
(function () {
  'use strict';

  function setUp(form, n) {
    var input = form.querySelector('input[type=search]');
    if (!input) { return; }
    var list = document.createElement('ul');
    list.id = 'suggestions-' + n;
    list.className = 'suggestions';
    list.setAttribute('role', 'listbox');
    list.setAttribute('aria-label', form.dataset.suggestLabel || '');
    list.hidden = true;
    form.appendChild(list);
    input.setAttribute('role', 'combobox');
    input.setAttribute('aria-autocomplete', 'list');
    input.setAttribute('aria-expanded', 'false');
    input.setAttribute('aria-controls', list.id);
    input.setAttribute('autocomplete', 'off');

    var items = [];
    var active = -1;
    var timer = null;
    var latest = 0;

    function close() {
      list.hidden = true;
      input.setAttribute('aria-expanded', 'false');
      input.removeAttribute('aria-activedescendant');
      active = -1;
    }

    function mark(index) {
      active = index;
      Array.prototype.forEach.call(list.children, function (li, i) {
        li.setAttribute('aria-selected', i === index ? 'true' : 'false');
      });
      if (index >= 0) {
        input.setAttribute('aria-activedescendant', list.id + '-' + index);
      } else {
        input.removeAttribute('aria-activedescendant');
      }
    }

    function open(item) {
      if (item.type === 'query') {
        input.value = item.text;
        form.submit();
        return;
      }
      var page = form.dataset.pages;
      window.location.href = page + (item.type === 'guide' ? '/guides/' + encodeURIComponent(item.guide)
        : '/articles/' + encodeURIComponent(item.article) + (item.lang !== form.dataset.lang ? '?in=' + item.lang : ''));
    }

    function render(found) {
      items = found;
      list.textContent = '';
      found.forEach(function (item, i) {
        var li = document.createElement('li');
        li.id = list.id + '-' + i;
        li.setAttribute('role', 'option');
        li.setAttribute('aria-selected', 'false');
        li.className = 'suggestion-' + item.type;
        li.lang = item.lang;
        li.dir = 'auto';
        li.textContent = item.text;
        // Before the box loses focus, so that the list is still there to be chosen from.
        li.addEventListener('mousedown', function (event) {
          event.preventDefault();
          open(item);
        });
        list.appendChild(li);
      });
      active = -1;
      list.hidden = found.length === 0;
      input.setAttribute('aria-expanded', found.length === 0 ? 'false' : 'true');
      input.removeAttribute('aria-activedescendant');
    }

    function suggestNow() {
      var typed = input.value.trim();
      if (typed.length < 2) { close(); return; }
      var asked = ++latest;
      var url = form.dataset.suggest + '?limit=6&lang=' + encodeURIComponent(form.dataset.lang) + '&q=' + encodeURIComponent(typed);
      fetch(url, { credentials: 'same-origin', headers: { 'Accept': 'application/json' } })
        .then(function (r) { return r.ok ? r.json() : null; })
        .then(function (body) {
          if (body && asked === latest && document.activeElement === input) { render(body.suggestions || []); }
        })
        .catch(function () { /* the form still searches */ });
    }

    input.addEventListener('input', function () {
      clearTimeout(timer);
      timer = setTimeout(suggestNow, 150);
    });
    input.addEventListener('keydown', function (event) {
      if (event.key === 'ArrowDown' && list.hidden) {
        // A closed list opens again, as the pattern has it.
        event.preventDefault();
        suggestNow();
      } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
        if (list.hidden) { return; }
        event.preventDefault();
        // From the box (-1) through the suggestions and back to the box.
        var next = active + (event.key === 'ArrowDown' ? 1 : -1);
        if (next >= items.length) { next = -1; }
        if (next < -1) { next = items.length - 1; }
        mark(next);
      } else if (event.key === 'Enter' && !list.hidden && active >= 0) {
        event.preventDefault();
        open(items[active]);
      } else if (event.key === 'Escape' && !list.hidden) {
        event.preventDefault();
        close();
      }
    });
    input.addEventListener('blur', close);
  }

  Array.prototype.forEach.call(document.querySelectorAll('form[data-suggest]'), setUp);
}());
