(function () {
  'use strict';

  // Every text from the scan reaches the page through text nodes and attribute values, never as markup.
  var data = JSON.parse(document.getElementById('provenance-data').textContent);
  var PAGE = 50;
  var FOLD_CONTEXT = 3;
  var SAME = 0, RENAMED = 1, CHANGED = 2, COPY_ONLY = 3, UPSTREAM_ONLY = 4;
  var EDIT = 0;

  function h(tag, attrs) {
    var node = document.createElement(tag);
    if (attrs) {
      Object.keys(attrs).forEach(function (name) {
        var value = attrs[name];
        if (value === null || value === undefined || value === false) return;
        if (name === 'text') node.textContent = value;
        else node.setAttribute(name, value === true ? '' : String(value));
      });
    }
    for (var i = 2; i < arguments.length; i++) append(node, arguments[i]);
    return node;
  }

  function append(node, child) {
    if (child === null || child === undefined || child === false) return;
    if (Array.isArray(child)) { child.forEach(function (c) { append(node, c); }); return; }
    node.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
  }

  function clear(node) { while (node.firstChild) node.removeChild(node.firstChild); }

  function num(n) { return Number(n).toLocaleString('en-US'); }

  function plural(n, one, many) { return num(n) + ' ' + (n === 1 ? one : many); }

  function bytes(n) {
    if (n < 1024) return num(n) + ' B';
    if (n < 1024 * 1024) return (n / 1024).toFixed(1) + ' KiB';
    return (n / 1024 / 1024).toFixed(1) + ' MiB';
  }

  function lines(first, last) {
    if (!first) return '';
    return first === last ? String(first) : first + '\u2013' + last;
  }

  function where(path, first, last) { return first ? path + ':' + lines(first, last) : path; }

  // A path that may wrap after each '/', never inside a name or a line range.
  function pathText(text) {
    var fragment = document.createDocumentFragment();
    var parts = text.split('/');
    parts.forEach(function (part, i) {
      fragment.appendChild(document.createTextNode(i < parts.length - 1 ? part + '/' : part));
      if (i < parts.length - 1) fragment.appendChild(document.createElement('wbr'));
    });
    return fragment;
  }

  function label(id) { return id.charAt(0) + id.slice(1).toLowerCase().replace(/_/g, ' '); }

  // ---- a paged list: renders one page of the rows that pass the filters ----

  function Pager(tbody, pager, columns, renderRow) {
    this.tbody = tbody; this.pager = pager; this.columns = columns; this.renderRow = renderRow;
    this.rows = []; this.page = 0;
  }
  Pager.prototype.show = function (rows, keepPage) {
    this.rows = rows;
    if (!keepPage) this.page = 0;
    this.page = Math.max(0, Math.min(this.page, Math.ceil(rows.length / PAGE) - 1));
    this.render();
  };
  Pager.prototype.pages = function () { return Math.max(1, Math.ceil(this.rows.length / PAGE)); };
  Pager.prototype.first = function () { return this.rows.length ? this.page * PAGE + 1 : 0; };
  Pager.prototype.last = function () { return Math.min(this.rows.length, (this.page + 1) * PAGE); };
  Pager.prototype.render = function () {
    var self = this;
    clear(this.tbody);
    if (!this.rows.length) {
      this.tbody.appendChild(h('tr', null, h('td', { 'class': 'empty', colspan: this.columns, text: 'Nothing matches these filters.' })));
    }
    var fragment = document.createDocumentFragment();
    for (var i = this.page * PAGE; i < this.last(); i++) this.renderRow(fragment, this.rows[i]);
    this.tbody.appendChild(fragment);
    clear(this.pager);
    if (this.rows.length <= PAGE) return;
    var prev = h('button', { type: 'button', 'class': 'prev', text: '\u2039 Previous', disabled: this.page === 0 });
    var next = h('button', { type: 'button', 'class': 'next', text: 'Next \u203a', disabled: this.page >= this.pages() - 1 });
    prev.addEventListener('click', function () { self.page--; self.render(); });
    next.addEventListener('click', function () { self.page++; self.render(); });
    append(this.pager, [prev, h('span', { 'class': 'page', text: 'Page ' + num(this.page + 1) + ' of ' + num(this.pages()) }), next]);
  };
  Pager.prototype.reveal = function (row) {
    var at = this.rows.indexOf(row);
    if (at < 0) return false;
    this.page = Math.floor(at / PAGE);
    this.render();
    return true;
  };

  // A set of toggle chips: none pressed shows everything, pressed ones narrow the list to themselves.
  function Chips(container, names, onChange) {
    var self = this;
    this.pressed = names.map(function () { return false; });
    this.buttons = [];
    this.counts = names.map(function (name, i) {
      var count = h('span', { 'class': 'c' });
      var chip = h('button', { type: 'button', 'class': 'chip ' + name, 'data-value': name, 'aria-pressed': 'false' }, label(name), count);
      chip.addEventListener('click', function () {
        self.pressed[i] = !self.pressed[i];
        chip.setAttribute('aria-pressed', String(self.pressed[i]));
        onChange();
      });
      container.appendChild(chip);
      self.buttons.push(chip);
      return count;
    });
  }
  Chips.prototype.any = function () { return this.pressed.indexOf(true) >= 0; };
  Chips.prototype.accepts = function (i) { return !this.any() || this.pressed[i]; };
  Chips.prototype.only = function (i) {
    var self = this;
    this.pressed = this.pressed.map(function (p, j) { return j === i; });
    this.buttons.forEach(function (b, j) { b.setAttribute('aria-pressed', String(self.pressed[j])); });
  };
  Chips.prototype.update = function (counts) {
    this.counts.forEach(function (node, i) { node.textContent = num(counts[i]); });
  };

  function countLine(node, pager, matching, total, noun) {
    clear(node);
    if (matching === total) {
      append(node, ['Showing ', h('b', { text: num(pager.first()) + '\u2013' + num(pager.last()) }), ' of ', h('b', { 'class': 'matching', text: num(matching) }), ' ' + noun]);
    } else {
      append(node, ['Showing ', h('b', { text: num(pager.first()) + '\u2013' + num(pager.last()) }), ' of ', h('b', { 'class': 'matching', text: num(matching) }), ' matching ' + noun + ' (' + num(total) + ' in all)']);
    }
    if (!matching) { clear(node); append(node, ['No ' + noun + ' match (', num(total), ' in all)']); }
  }

  // ---- header and summary ----

  var snippetRows = data.snippets;
  var summary = data.summary;

  function header() {
    var violations = data.violations.length;
    return h('header', { 'class': 'top' },
      h('h1', { text: 'Provenance report' }),
      h('div', { 'class': 'meta' }, 'Scanned ', h('code', { id: 'root', text: data.root }), ' with ' + data.tool.name + ' ' + data.tool.version +
        ' \u00b7 ' + plural(summary.files, 'file', 'files') + ' (' + bytes(summary.bytes) + ')'),
      h('nav', { 'class': 'sections' },
        h('a', { href: '#summary', text: 'Summary' }),
        h('a', { href: '#violations', text: 'Violations (' + num(violations) + ')' }),
        h('a', { href: '#snippets', text: 'Copied snippets (' + num(snippetRows.length) + ')' }),
        h('a', { href: '#issues', text: 'Input problems (' + num(data.issues.length) + ')' })));
  }

  function bars(rows, tone) {
    var max = rows.reduce(function (m, r) { return Math.max(m, r.count); }, 0) || 1;
    var grid = h('div', { 'class': 'bars' });
    rows.forEach(function (r) {
      var fill = h('div', { 'class': 'fill ' + (tone ? tone(r) : '') });
      fill.style.width = (100 * r.count / max).toFixed(1) + '%';
      append(grid, [h('div', { 'class': 'label' }, r.label), h('div', { 'class': 'track' }, fill), h('div', { 'class': 'count', text: num(r.count) }),
        h('div', { 'class': 'extra', text: r.extra || '' })]);
    });
    return grid;
  }

  function summarySection() {
    var severities = h('div', { 'class': 'bignums' });
    var total = 0;
    summary.severities.forEach(function (s) {
      total += s[1];
      var button = h('button', { type: 'button', 'class': 'bignum ' + s[0] + (s[1] ? '' : ' zero'), 'data-severity': s[0],
        title: 'Show only ' + label(s[0]).toLowerCase() + ' violations' },
        h('span', { 'class': 'n', text: num(s[1]) }), h('span', { 'class': 'l', text: label(s[0]) }));
      button.addEventListener('click', function () { if (showSeverity) showSeverity(data.severities.indexOf(s[0])); });
      append(severities, button);
    });
    var statuses = summary.statuses.map(function (s) {
      return { label: h('span', { 'class': 'badge ' + s[0], text: label(s[0]) }), count: s[1], status: s[0],
        extra: s[2] ? num(s[2]) + ' not credited as required' : '' };
    });
    var kinds = summary.kinds.map(function (k) { return { label: label(k[0]), count: k[1] }; });
    var top = h('table', { 'class': 'list' },
      h('thead', null, h('tr', null, h('th', { text: 'Upstream component' }), h('th', { text: 'License' }),
        h('th', { 'class': 'num', text: 'Snippets' }), h('th', { 'class': 'num', text: 'Files' }),
        h('th', { 'class': 'num', text: 'Lines copied' }), h('th', { 'class': 'num', text: 'Not credited as required' }))),
      h('tbody', null, summary.topComponents.map(function (c) {
        return h('tr', null, h('td', { 'class': 'mono', text: c.name }), h('td', { text: c.license || 'unknown' }),
          h('td', { 'class': 'num', text: num(c.snippets) }), h('td', { 'class': 'num', text: num(c.files) }),
          h('td', { 'class': 'num', text: num(c.lines) }),
          h('td', { 'class': 'num' }, c.unsatisfied ? h('span', { 'class': 'badge no', text: num(c.unsatisfied) }) : h('span', { 'class': 'badge ok', text: '0' })));
      })));
    var more = summary.components > summary.topComponents.length
      ? h('p', { 'class': 'muted', text: 'and ' + plural(summary.components - summary.topComponents.length, 'more component', 'more components') })
      : null;
    return h('section', { id: 'summary' }, h('h2', { text: 'Summary' }),
      h('div', { 'class': 'cards' },
        h('div', { 'class': 'card' }, h('h3', { text: 'Violations (' + num(total) + ')' }), severities,
          h('p', { 'class': 'muted', text: plural(summary.issues, 'input problem', 'input problems') + ' \u00b7 ' + plural(summary.excluded, 'path', 'paths') + ' excluded' })),
        h('div', { 'class': 'card double', id: 'summary-statuses' }, h('h3', { text: 'Copied snippets by attribution (' + num(snippetRows.length) + ')' }),
          bars(statuses, function (r) { return r.status === 'ATTRIBUTED' ? 'good' : (r.status === 'STRIPPED' || r.status === 'REPLACED' ? 'bad' : 'meh'); })),
        h('div', { 'class': 'card' }, h('h3', { text: 'Files by kind (' + num(summary.files) + ')' }),
          kinds.length ? bars(kinds) : h('p', { 'class': 'muted', text: 'No files.' })),
        h('div', { 'class': 'card wide' }, h('h3', { text: 'Top upstream components (' + num(summary.components) + ')' }),
          summary.topComponents.length ? [top, more] : h('p', { 'class': 'muted', text: 'No code from indexed components was found.' }))));
  }

  // ---- violations ----

  var snippetIndex = null;
  function snippetFor(v) {
    if (!v[7] || !v[3]) return -1;
    if (!snippetIndex) {
      snippetIndex = new Map();
      snippetRows.forEach(function (s, i) {
        var key = s[0] + '\u0000' + s[1] + '\u0000' + s[2] + '\u0000' + s[3];
        if (!snippetIndex.has(key)) snippetIndex.set(key, i);
      });
    }
    var found = snippetIndex.get(v[2] + '\u0000' + v[3] + '\u0000' + v[4] + '\u0000' + v[7]);
    return found === undefined ? -1 : found;
  }

  function snippetLink(i) {
    var link = h('a', { href: '#snippet-' + i, 'class': 'view-snippet', text: 'view side by side' });
    link.addEventListener('click', function () { if (location.hash === '#snippet-' + i) follow(); });
    return link;
  }

  var violationsBySnippet = null;
  function violationsOf(i) {
    if (!violationsBySnippet) {
      violationsBySnippet = new Map();
      data.violations.forEach(function (v) {
        var s = snippetFor(v);
        if (s < 0) return;
        if (!violationsBySnippet.has(s)) violationsBySnippet.set(s, []);
        violationsBySnippet.get(s).push(v);
      });
    }
    return violationsBySnippet.get(i) || [];
  }

  var showSeverity = null;

  function violationsSection() {
    var rules = data.rules, list = data.violations;
    var ruleSelect = h('select', { id: 'v-rule' });
    var ruleOptions = [h('option', { value: '-1' })].concat(rules.map(function (r, i) { return h('option', { value: String(i) }); }));
    append(ruleSelect, ruleOptions);
    var chipBox = h('div', { 'class': 'chips', id: 'v-severity' });
    var pathInput = h('input', { type: 'search', id: 'v-path', placeholder: 'Filter by path\u2026', 'aria-label': 'Filter violations by path', autocomplete: 'off' });
    var count = h('p', { 'class': 'count-line', id: 'v-count' });
    var tbody = h('tbody', null);
    var pagerBox = h('div', { 'class': 'pager', id: 'v-pager' });
    var pager = new Pager(tbody, pagerBox, 5, function (into, i) {
      var v = list[i];
      var origin = null;
      if (v[7]) {
        var s = snippetFor(v);
        origin = h('div', { 'class': 'fix' }, h('b', { text: 'Upstream: ' }), h('code', { text: v[7] }),
          s >= 0 ? [' \u00b7 ', snippetLink(s)] : null);
      }
      into.appendChild(h('tr', { 'class': 'violation' },
        h('td', null, h('span', { 'class': 'badge ' + data.severities[v[1]], text: label(data.severities[v[1]]) })),
        h('td', { 'class': 'rule', text: rules[v[0]] }),
        h('td', { 'class': 'loc' }, v[2] === '.' ? '(the repository)' : pathText(where(v[2], v[3], v[4]))),
        h('td', { 'class': 'msg' }, h('div', { text: v[5] }),
          v[6] ? h('div', { 'class': 'fix' }, h('b', { text: 'How to fix: ' }), v[6]) : null, origin)));
    });
    var lowerPaths = null;
    var chips;

    function apply() {
      var rule = Number(ruleSelect.value);
      var text = pathInput.value.trim().toLowerCase();
      if (text && !lowerPaths) lowerPaths = list.map(function (v) { return v[2].toLowerCase(); });
      var bySeverity = data.severities.map(function () { return 0; });
      var byRule = rules.map(function () { return 0; });
      var shown = [];
      for (var i = 0; i < list.length; i++) {
        var v = list[i];
        if (text && lowerPaths[i].indexOf(text) < 0) continue;
        var ruleOk = rule < 0 || v[0] === rule;
        var severityOk = chips.accepts(v[1]);
        if (ruleOk) bySeverity[v[1]]++;
        if (severityOk) byRule[v[0]]++;
        if (ruleOk && severityOk) shown.push(i);
      }
      chips.update(bySeverity);
      var all = byRule.reduce(function (a, b) { return a + b; }, 0);
      ruleOptions[0].textContent = 'All rules (' + num(all) + ')';
      rules.forEach(function (r, j) { ruleOptions[j + 1].textContent = r + ' (' + num(byRule[j]) + ')'; });
      pager.show(shown);
    }
    chips = new Chips(chipBox, data.severities, apply);
    var reset = h('button', { type: 'button', 'class': 'link', id: 'v-reset', text: 'Clear filters' });
    reset.addEventListener('click', function () {
      ruleSelect.value = '-1'; pathInput.value = ''; chips.only(-1); apply();
    });
    showSeverity = function (i) {
      ruleSelect.value = '-1'; pathInput.value = ''; chips.only(i); apply();
      document.getElementById('violations').scrollIntoView();
    };
    ruleSelect.addEventListener('change', apply);
    pathInput.addEventListener('input', apply);
    var pagerRender = pager.render;
    pager.render = function () { pagerRender.call(pager); countLine(count, pager, pager.rows.length, list.length, 'violations'); };
    apply();

    return h('section', { id: 'violations' }, h('h2', { text: 'Violations' }),
      list.length ? [
        h('div', { 'class': 'filters' }, h('label', null, 'Rule', ruleSelect), h('label', null, 'Severity', chipBox),
          h('label', null, 'Path', pathInput), reset),
        count,
        h('table', { 'class': 'list', id: 'v-table' },
          h('thead', null, h('tr', null, h('th', { text: 'Severity' }), h('th', { text: 'Rule' }), h('th', { text: 'Where' }), h('th', { text: 'What is wrong' }))),
          tbody),
        pagerBox] : h('p', { 'class': 'muted', text: 'No violations: every rule passed.' }));
  }

  // ---- snippets ----

  var opened = new Set();
  var snippetPager = null;
  var snippetFilters = null;

  function snippetsSection() {
    var chipBox = h('div', { 'class': 'chips', id: 's-status' });
    var textInput = h('input', { type: 'search', id: 's-text', placeholder: 'Filter by path or upstream\u2026', 'aria-label': 'Filter snippets by path or upstream', autocomplete: 'off' });
    var unsatisfied = h('input', { type: 'checkbox', id: 's-unsatisfied' });
    var count = h('p', { 'class': 'count-line', id: 's-count' });
    var tbody = h('tbody', null);
    var pagerBox = h('div', { 'class': 'pager', id: 's-pager' });
    var lower = null;
    var chips;
    var pager = new Pager(tbody, pagerBox, 7, function (into, i) {
      var s = snippetRows[i];
      var row = h('tr', { 'class': 'clickable snippet' + (opened.has(i) ? ' open' : ''), id: 'snippet-row-' + i, 'data-index': i,
        title: 'Show or hide the copy side by side with its upstream', tabindex: 0, 'aria-expanded': String(opened.has(i)) },
        h('td', null, h('span', { 'class': 'badge ' + data.statuses[s[12]], text: label(data.statuses[s[12]]) })),
        h('td', { 'class': 'loc' }, pathText(where(s[0], s[1], s[2]))),
        h('td', { 'class': 'loc' }, h('div', { text: s[3] }), h('div', { 'class': 'muted' }, pathText(where(s[4], s[5], s[6])))),
        h('td', { text: s[7] || 'unknown' }),
        h('td', { 'class': 'num', text: (s[8] / 10).toFixed(1) + '%' }),
        h('td', { text: label(s[9]) + (s[11] ? ', whole file' : '') }),
        h('td', null, s[13] ? h('span', { 'class': 'badge ok', text: 'yes' }) : h('span', { 'class': 'badge no', text: 'no' })));
      row.addEventListener('click', function () { toggle(i, row); });
      row.addEventListener('keydown', function (e) {
        if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); toggle(i, row); }
      });
      into.appendChild(row);
      if (opened.has(i)) into.appendChild(detailRow(i));
    });

    function toggle(i, row) {
      if (opened.has(i)) {
        opened.delete(i);
        row.classList.remove('open');
        row.setAttribute('aria-expanded', 'false');
        var next = row.nextSibling;
        if (next && next.classList.contains('detail-row')) next.parentNode.removeChild(next);
      } else {
        opened.add(i);
        row.classList.add('open');
        row.setAttribute('aria-expanded', 'true');
        row.parentNode.insertBefore(detailRow(i), row.nextSibling);
      }
    }

    function apply() {
      var text = textInput.value.trim().toLowerCase();
      if (text && !lower) lower = snippetRows.map(function (s) { return (s[0] + '\n' + s[3] + '\n' + s[4]).toLowerCase(); });
      var only = unsatisfied.checked;
      var byStatus = data.statuses.map(function () { return 0; });
      var shown = [];
      for (var i = 0; i < snippetRows.length; i++) {
        var s = snippetRows[i];
        if (text && lower[i].indexOf(text) < 0) continue;
        if (only && s[13]) continue;
        byStatus[s[12]]++;
        if (chips.accepts(s[12])) shown.push(i);
      }
      chips.update(byStatus);
      pager.show(shown);
    }
    chips = new Chips(chipBox, data.statuses, apply);
    textInput.addEventListener('input', apply);
    unsatisfied.addEventListener('change', apply);
    var pagerRender = pager.render;
    pager.render = function () { pagerRender.call(pager); countLine(count, pager, pager.rows.length, snippetRows.length, 'snippets'); };
    apply();
    snippetPager = pager;
    snippetFilters = function () {
      textInput.value = ''; unsatisfied.checked = false; chips.only(-1); apply();
    };
    var reset = h('button', { type: 'button', 'class': 'link', id: 's-reset', text: 'Clear filters' });
    reset.addEventListener('click', snippetFilters);

    return h('section', { id: 'snippets' }, h('h2', { text: 'Copied snippets' }),
      snippetRows.length ? [
        h('div', { 'class': 'filters' }, h('label', null, 'Attribution', chipBox), h('label', null, 'Path', textInput),
          h('label', null, unsatisfied, 'Only those not credited as required'), reset),
        count,
        h('table', { 'class': 'list', id: 's-table' },
          h('thead', null, h('tr', null, h('th', { text: 'Attribution' }), h('th', { text: 'In this repository' }),
            h('th', { text: 'Upstream' }), h('th', { text: 'License' }), h('th', { 'class': 'num', text: 'Similarity' }),
            h('th', { text: 'Clone' }), h('th', { text: 'Credit as required' }))),
          tbody),
        pagerBox] : h('p', { 'class': 'muted', text: 'No code or configuration from indexed components was found.' }));
  }

  function detailRow(i) {
    var cell = h('td', { 'class': 'detail', colspan: 7 });
    try {
      append(cell, snippetDetail(i));
    } catch (e) {
      append(cell, h('p', { 'class': 'note', text: 'This snippet\u2019s details could not be shown: ' + e.message }));
    }
    return h('tr', { 'class': 'detail-row', 'data-index': i }, cell);
  }

  function snippetDetail(i) {
    var s = snippetRows[i];
    var d = JSON.parse(document.getElementById('sd-' + i).textContent);
    var renames = new Map(Object.keys(d.renames).map(function (k) { return [k, d.renames[k]]; }));
    var renamedFrom = new Map();
    renames.forEach(function (to, from) { renamedFrom.set(to, from); });
    var status = data.statuses[s[12]];
    var facts = h('dl', null,
      h('dt', { text: 'Attribution' }), h('dd', null, h('span', { 'class': 'badge ' + status, text: label(status) }), ' ',
        s[13] ? h('span', { 'class': 'badge ok', text: 'meets the license' }) : h('span', { 'class': 'badge no', text: 'does not meet the license' })),
      h('dt', { text: 'Upstream' }), h('dd', null, h('code', { text: s[3] }), d.purl ? [' ', h('span', { 'class': 'muted', text: d.purl })] : null),
      h('dt', { text: 'Upstream file' }), h('dd', null, h('code', { text: where(s[4], s[5], s[6]) })),
      h('dt', { text: 'License' }), h('dd', { text: s[7] || 'unknown' }),
      h('dt', { text: 'Holders' }), h('dd', { text: d.holders.length ? d.holders.join('; ') : 'none recorded' }),
      h('dt', { text: 'Match' }), h('dd', { text: (s[8] / 10).toFixed(1) + '% similar, ' + label(s[9]).toLowerCase() + ', ' + plural(s[10], 'token', 'tokens') + (s[11] ? ', the whole file' : '') }),
      renames.size ? [h('dt', { text: 'Renames' }), h('dd', { 'class': 'renames' }, Array.from(renames.entries()).map(function (r, j) {
        return [j ? ', ' : '', h('code', { text: r[0] }), ' \u2192 ', h('code', { text: r[1] })];
      }))] : null);
    var evidence = d.evidence.length
      ? h('ul', { 'class': 'evidence' }, d.evidence.map(function (e) {
        return h('li', null, h('span', { 'class': 'kind', text: e[0].replace(/_/g, ' ') }), h('span', { 'class': 'where', text: where(e[1], e[2], e[3]) }),
          e[4] ? h('span', { 'class': 'text', text: e[4] }) : null);
      }))
      : h('p', { 'class': 'muted', text: 'No credit for this upstream was found.' });
    var missing = d.missing.length
      ? [h('h3', { text: 'Missing' }), h('ul', { 'class': 'missing' }, d.missing.map(function (m) { return h('li', { text: m }); }))]
      : null;
    var rules = violationsOf(i);
    var broken = rules.length
      ? [h('h3', { text: 'Violations' }), h('ul', { 'class': 'broken' }, rules.map(function (v) {
        var severity = data.severities[v[1]];
        return h('li', null, h('span', { 'class': 'badge ' + severity, text: label(severity) }), ' ',
          h('span', { 'class': 'rule', text: data.rules[v[0]] }), ' ', v[5]);
      }))]
      : null;
    return [
      h('div', { 'class': 'verdict' }, h('div', null, h('h3', { text: 'Verdict' }), facts),
        h('div', null, h('h3', { text: 'Evidence' }), evidence, missing, broken)),
      sideBySide(s, d, renames, renamedFrom)];
  }

  function sideBySide(s, d, renames, renamedFrom) {
    var wrap = h('div', { 'class': 'sbs-block' });
    if (!d.copy.length && !d.upstream.length) {
      append(wrap, h('p', { 'class': 'note', text: 'The text of this snippet is not in the report (it could not be read during the scan).' }));
      return wrap;
    }
    append(wrap, h('div', { 'class': 'legend' },
      h('span', null, h('span', { 'class': 'sw chg' }), 'changed line'), h('span', null, h('span', { 'class': 'sw edit' }), 'edited text'),
      h('span', null, h('span', { 'class': 'sw ren' }), 'renamed identifier'), h('span', null, h('span', { 'class': 'sw add' }), 'only in this repository'),
      h('span', null, h('span', { 'class': 'sw del' }), 'only upstream')));
    if (!d.copy.length) append(wrap, h('p', { 'class': 'note', text: 'The copying lines could not be read; only the upstream side is shown.' }));
    if (!d.upstream.length) append(wrap, h('p', { 'class': 'note', text: 'The upstream text is not available; only the copying side is shown.' }));
    if (!d.aligned) append(wrap, h('p', { 'class': 'note', text: 'The two sides have too little in common to align line by line; lines are paired by position.' }));
    var tbody = h('tbody', null);
    var table = h('table', { 'class': 'sbs' },
      h('colgroup', null, h('col', { 'class': 'ln' }), h('col', null), h('col', { 'class': 'ln' }), h('col', null)),
      h('thead', null, h('tr', null,
        h('th', { colspan: 2 }, h('span', { 'class': 'side', text: 'This repository' }), where(s[0], s[1], s[2])),
        h('th', { colspan: 2 }, h('span', { 'class': 'side', text: 'Upstream' }), s[3] + ' \u00b7 ' + where(s[4], s[5], s[6])))),
      tbody);
    var c = 0, u = 0;
    function line(cls, ci, ui, cSpans, uSpans) {
      var tr = h('tr', { 'class': cls });
      if (ci >= 0) append(tr, [h('td', { 'class': 'ln', text: s[1] + ci }), code('code cp', d.copy[ci], cSpans, renamedFrom, 'renamed from ')]);
      else append(tr, [h('td', { 'class': 'ln blank' }), h('td', { 'class': 'code cp blank' })]);
      if (ui >= 0) append(tr, [h('td', { 'class': 'ln', text: s[5] + ui }), code('code up', d.upstream[ui], uSpans, renames, 'renamed to ')]);
      else append(tr, [h('td', { 'class': 'ln blank' }), h('td', { 'class': 'code up blank' })]);
      return tr;
    }
    d.rows.forEach(function (r) {
      var kind = r[0], n = r[1], j;
      if (kind === SAME) {
        if (n > 2 * FOLD_CONTEXT + 2) {
          for (j = 0; j < FOLD_CONTEXT; j++) tbody.appendChild(line('same', c + j, u + j));
          var hidden = [];
          for (j = FOLD_CONTEXT; j < n - FOLD_CONTEXT; j++) hidden.push([c + j, u + j]);
          var fold = h('tr', { 'class': 'fold', title: 'Show the identical lines' },
            h('td', { colspan: 4, text: '\u22ef ' + plural(hidden.length, 'identical line', 'identical lines') + ' \u22ef' }));
          fold.addEventListener('click', function () {
            var fragment = document.createDocumentFragment();
            hidden.forEach(function (p) { fragment.appendChild(line('same', p[0], p[1])); });
            fold.parentNode.replaceChild(fragment, fold);
          });
          tbody.appendChild(fold);
          for (j = n - FOLD_CONTEXT; j < n; j++) tbody.appendChild(line('same', c + j, u + j));
        } else {
          for (j = 0; j < n; j++) tbody.appendChild(line('same', c + j, u + j));
        }
        c += n; u += n;
      } else if (kind === RENAMED || kind === CHANGED) {
        tbody.appendChild(line(kind === RENAMED ? 'ren' : 'chg', c, u, r[2], r[3]));
        c++; u++;
      } else if (kind === COPY_ONLY) {
        for (j = 0; j < n; j++) tbody.appendChild(line('add', c + j, -1));
        c += n;
      } else if (kind === UPSTREAM_ONLY) {
        for (j = 0; j < n; j++) tbody.appendChild(line('del', -1, u + j));
        u += n;
      }
    });
    append(wrap, h('div', { 'class': 'sbs-wrap' }, table));
    if (d.copyCut || d.upstreamCut) {
      append(wrap, h('p', { 'class': 'note', text: 'Long snippet: ' + num(d.copyCut) + ' copying and ' + num(d.upstreamCut) + ' upstream lines past the first ' + num(Math.max(d.copy.length, d.upstream.length)) + ' are not shown.' }));
    }
    return wrap;
  }

  function code(cls, text, spans, names, prefix) {
    var td = h('td', { 'class': cls });
    if (!spans || !spans.length) { td.textContent = text; return td; }
    var at = 0;
    for (var k = 0; k + 2 < spans.length; k += 3) {
      var start = spans[k], end = spans[k + 1];
      if (start > at) td.appendChild(document.createTextNode(text.slice(at, start)));
      var word = text.slice(start, end);
      var mark = spans[k + 2] === EDIT ? h('mark', { 'class': 'edit', text: word })
        : h('mark', { 'class': 'ren', text: word, title: names.has(word) ? prefix + names.get(word) : 'renamed' });
      td.appendChild(mark);
      at = end;
    }
    if (at < text.length) td.appendChild(document.createTextNode(text.slice(at)));
    return td;
  }

  // ---- input problems ----

  function issuesSection() {
    var tbody = h('tbody', null);
    var pagerBox = h('div', { 'class': 'pager' });
    var pager = new Pager(tbody, pagerBox, 3, function (into, i) {
      var p = data.issues[i];
      into.appendChild(h('tr', null, h('td', { 'class': 'loc' }, pathText(p[0])), h('td', { 'class': 'rule', text: p[1] }), h('td', { text: p[2] })));
    });
    pager.show(data.issues.map(function (p, i) { return i; }));
    return h('section', { id: 'issues' }, h('h2', { text: 'Input problems' }),
      data.issues.length ? [h('table', { 'class': 'list', id: 'i-table' },
        h('thead', null, h('tr', null, h('th', { text: 'Path' }), h('th', { text: 'Code' }), h('th', { text: 'What happened' }))), tbody), pagerBox]
        : h('p', { 'class': 'muted', text: 'None: every file was read.' }));
  }

  // ---- links to snippets: #snippet-N opens one ----

  function follow() {
    var m = /^#snippet-(\d+)$/.exec(location.hash);
    if (!m || !snippetPager) return;
    var i = Number(m[1]);
    if (i >= snippetRows.length) return;
    if (snippetPager.rows.indexOf(i) < 0) snippetFilters();
    opened.add(i);
    snippetPager.reveal(i);
    var row = document.getElementById('snippet-row-' + i);
    if (row) row.scrollIntoView({ block: 'start' });
  }

  append(app, [header(), h('main', null, summarySection(), violationsSection(), snippetsSection(), issuesSection())]);
  document.title = 'Provenance report \u2014 ' + data.root;
  window.addEventListener('hashchange', follow);
  follow();
  if (window.performance && performance.mark) performance.mark('provenance:rendered');
})();
