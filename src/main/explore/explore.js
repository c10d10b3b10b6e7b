/*
 * Entente explorer: a network of states, a timeline and the evidence behind each event.
 *
 * One script for two homes. Served by `entente serve` at /explore, it asks the server for the answers of four
 * bundled questions (GET explore/answer/NAME?…, SPARQL results JSON; parameters are checked and bound by the
 * server). Inlined by `entente report`, it finds the same answers embedded in <script id="entente-report"> and
 * never touches the network. Answers are looked up by one key in both cases (answerKey; Report.key in Java).
 *
 * Everything from the store is written into the page as text (textContent), never as markup; ECharts tooltips,
 * which take HTML, get escaped text only. No inline handlers, no eval: the page runs under a strict CSP.
 */
(function () {
  'use strict';

  /** Relation kinds of the `relations` question, with the `timeline` kind of their events. */
  var RELATIONS = {
    'supplies-arms-to': { label: 'supplies arms to', event: 'arms-transfer', color: '#c0392b', directed: true },
    'sends-forces-to': { label: 'sends forces to', event: 'deployment', color: '#2463a6', directed: true },
    'trains': { label: 'trains', event: 'training', color: '#2e8b57', directed: true },
    'signed-with': { label: 'signed with', event: 'treaty-signing', color: '#7b3fa0', directed: false },
    'condemned': { label: 'condemned', event: 'statement', color: '#d4860b', directed: true }
  };
  var OTHER_COLOR = '#7f8c8d';
  var KIND_LABELS = {
    'deployment': 'deployment', 'arms-transfer': 'arms transfer', 'training': 'training',
    'treaty-signing': 'treaty signing', 'statement': 'statement'
  };
  var STAGES = ['considered', 'planned', 'announced', 'ongoing', 'completed'];
  var STAGE_COLORS = ['#9ecae1', '#6baed6', '#3182bd', '#08519c', '#08306b'];
  var CROSS = 'path://M2,0 L10,8 L18,0 L20,2 L12,10 L20,18 L18,20 L10,12 L2,20 L0,18 L8,10 L0,2 Z';
  var FACTUALITY_SYMBOLS = {
    confirmed: 'circle', reported: 'rect', alleged: 'diamond', unverified: 'emptyCircle', denied: CROSS
  };
  var FACTUALITY_LEGEND = '● confirmed   ■ reported   ◆ alleged   ○ unverified   ✕ denied · colour: stage, from considered (light) to completed (dark)';
  var PAGE_SIZE = 20;
  var DATE = /^[0-9]{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12][0-9]|3[01]))?)?$/;

  var $ = function (id) { return document.getElementById(id); };
  var report = readReport();
  var cache = new Map();
  var view = {
    scope: {}, relations: [], kinds: new Set(Object.keys(RELATIONS)), seen: new Set(Object.keys(RELATIONS)), selection: null,
    network: null, timeline: null, nodes: [], edges: [], loads: 0
  };

  // ---- data ---------------------------------------------------------------------------------------

  function readReport() {
    var el = document.getElementById('entente-report');
    return el ? JSON.parse(el.textContent) : null;
  }

  /** The question's name, then one name=value line per non-blank parameter in name order. */
  function answerKey(name, params) {
    var names = Object.keys(params || {}).filter(function (k) {
      return params[k] != null && String(params[k]).trim() !== '';
    }).sort();
    return [name].concat(names.map(function (k) { return k + '=' + String(params[k]).trim(); })).join('\n');
  }

  /** Rows of a question's answer, each an object of column to lexical value (or IRI). */
  function ask(name, params) {
    var key = answerKey(name, params);
    if (cache.has(key)) return cache.get(key);
    var promise;
    if (report) {
      var answer = report.answers[key];
      promise = answer ? Promise.resolve(rowsOf(answer))
        : Promise.reject(new Error('This report does not hold that answer; open the live explorer for it.'));
    } else {
      var query = new URLSearchParams();
      key.split('\n').slice(1).forEach(function (line) {
        var i = line.indexOf('=');
        query.append(line.slice(0, i), line.slice(i + 1));
      });
      var qs = query.toString();
      promise = fetch('explore/answer/' + encodeURIComponent(name) + (qs ? '?' + qs : ''),
        { headers: { Accept: 'application/sparql-results+json' } })
        .then(function (response) {
          return response.json().catch(function () { return {}; }).then(function (body) {
            if (!response.ok) throw new Error(body.error || ('The server answered ' + response.status));
            return rowsOf(body);
          });
        });
    }
    cache.set(key, promise);
    promise.catch(function () { cache.delete(key); });
    return promise;
  }

  function rowsOf(json) {
    var bindings = (json && json.results && json.results.bindings) || [];
    return bindings.map(function (b) {
      var row = {};
      Object.keys(b).forEach(function (k) { row[k] = b[k].value; });
      return row;
    });
  }

  // ---- small helpers ------------------------------------------------------------------------------

  function el(tag, attrs, children) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (k) {
      if (k === 'text') node.textContent = attrs[k];
      else if (k === 'className') node.className = attrs[k];
      else node.setAttribute(k, attrs[k]);
    });
    (children || []).forEach(function (c) {
      if (c != null) node.appendChild(typeof c === 'string' ? document.createTextNode(c) : c);
    });
    return node;
  }

  function clear(node) {
    while (node.firstChild) node.removeChild(node.firstChild);
    return node;
  }

  function escapeHtml(s) {
    return String(s == null ? '' : s).replace(/[&<>"']/g, function (c) {
      return { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }[c];
    });
  }

  function localName(iri) {
    if (!iri) return '';
    var s = String(iri);
    return s.slice(Math.max(s.lastIndexOf('/'), s.lastIndexOf('#')) + 1);
  }

  function number(n) {
    var v = Number(n);
    return isFinite(v) ? v.toLocaleString('en-GB') : String(n);
  }

  function plural(n, one, many) {
    return number(n) + ' ' + (Number(n) === 1 ? one : (many || one + 's'));
  }

  /** An ISO date of any precision (2024, 2024-03, 2024-03-05, or a dateTime) as a UTC time, or null. */
  function time(date) {
    var m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(date || '');
    return m ? Date.UTC(Number(m[1]), m[2] ? Number(m[2]) - 1 : 0, m[3] ? Number(m[3]) : 1) : null;
  }

  function range(first, last) {
    if (!first && !last) return 'undated';
    if (!last || first === last) return first || last;
    return first + ' – ' + last;
  }

  function relationOf(word) {
    return RELATIONS[word] || { label: word, event: null, color: OTHER_COLOR, directed: true };
  }

  function showError(container, error) {
    clear(container).appendChild(el('p', { className: 'error', role: 'alert', text: error.message || String(error) }));
  }

  // ---- scope and controls -------------------------------------------------------------------------

  function scopeFromUrl() {
    var p = new URLSearchParams(location.search);
    var scope = {};
    ['state', 'from', 'to'].forEach(function (k) { if (p.get(k)) scope[k] = p.get(k).trim(); });
    return scope;
  }

  function setUpControls() {
    var form = $('controls');
    if (report) {
      // A report's answers are for its scope only: the dates show it; the state list selects within it.
      ['from', 'to'].forEach(function (k) { $(k).readOnly = true; $(k).value = report.scope[k] || ''; $(k).placeholder = 'any date'; });
      $('apply').hidden = true;
      $('reset').hidden = true;
      $('date-help').textContent = 'This report covers the dates shown; the live explorer (entente serve) asks for any range.';
      $('state').addEventListener('change', function () {
        if ($('state').value) selectState($('state').value);
        else clearSelection();
      });
      form.addEventListener('submit', function (e) { e.preventDefault(); });
      return;
    }
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var scope = { state: $('state').value, from: $('from').value.trim(), to: $('to').value.trim() };
      var bad = ['from', 'to'].filter(function (k) { return scope[k] && !DATE.test(scope[k]); });
      if (bad.length) {
        formError('“' + scope[bad[0]] + '” is no date: write 2024, 2024-03 or 2024-03-05.');
        $(bad[0]).focus();
        return;
      }
      if (scope.from && scope.to && scope.from.slice(0, scope.to.length) > scope.to.slice(0, scope.from.length)) {
        formError('The range starts after it ends.');
        return;
      }
      formError('');
      navigate(scope);
    });
    $('reset').addEventListener('click', function () {
      $('state').value = '';
      $('from').value = '';
      $('to').value = '';
      formError('');
      navigate({});
    });
    window.addEventListener('popstate', function () { load(scopeFromUrl()); });
  }

  function formError(message) {
    $('form-error').textContent = message;
    $('form-error').hidden = !message;
  }

  function navigate(scope) {
    var p = new URLSearchParams();
    ['state', 'from', 'to'].forEach(function (k) { if (scope[k]) p.set(k, scope[k]); });
    var qs = p.toString();
    history.pushState(null, '', location.pathname + (qs ? '?' + qs : ''));
    load(scope);
  }

  // ---- loading ------------------------------------------------------------------------------------

  function load(scope) {
    var clean = {};
    ['state', 'from', 'to'].forEach(function (k) { if (scope[k]) clean[k] = scope[k]; });
    view.scope = clean;
    var ticket = ++view.loads;
    if (!report) {
      $('from').value = clean.from || '';
      $('to').value = clean.to || '';
    }
    $('scope').textContent = 'Loading…';
    return ask('relations', clean).then(function (rows) {
      if (ticket !== view.loads) return;
      view.relations = rows;
      renderKinds();
      renderStateOptions();
      renderScope();
      renderNetwork();
      renderTable();
      if (clean.state) selectState(clean.state);
      else clearSelection();
    }, function (error) {
      if (ticket !== view.loads) return;
      $('scope').textContent = 'Could not load the relations.';
      $('network').hidden = true;
      showError(unhide($('network-empty')), error);
    });
  }

  function unhide(node) {
    node.hidden = false;
    return node;
  }

  /** Every state the relations name, IRI to label. */
  function states() {
    var out = new Map();
    view.relations.forEach(function (r) {
      out.set(r.source, r.sourceLabel || localName(r.source));
      out.set(r.target, r.targetLabel || localName(r.target));
    });
    return out;
  }

  function stateLabel(iri) {
    return states().get(iri) || localName(iri);
  }

  function renderScope() {
    var parts = [];
    if (report) parts.push('Report');
    if (view.scope.state) parts.push('relations of ' + stateLabel(view.scope.state));
    var from = view.scope.from, to = view.scope.to;
    parts.push(from && to ? from + ' to ' + to : from ? 'from ' + from + ' on' : to ? 'up to ' + to : 'all dates');
    parts.push(plural(states().size, 'state') + ', ' + plural(view.relations.length, 'relation'));
    $('scope').textContent = parts.join(' · ');
  }

  function renderStateOptions() {
    var select = $('state');
    var chosen = view.scope.state || '';
    while (select.options.length > 1) select.remove(1);
    var list = Array.from(states().entries()).sort(function (a, b) { return a[1].localeCompare(b[1]); });
    if (chosen && !states().has(chosen)) list.unshift([chosen, localName(chosen)]);
    list.forEach(function (s) { select.appendChild(el('option', { value: s[0], text: s[1] })); });
    select.value = chosen;
  }

  function renderKinds() {
    var box = $('kinds');
    Array.from(box.querySelectorAll('.kind')).forEach(function (n) { box.removeChild(n); });
    var words = Object.keys(RELATIONS);
    view.relations.forEach(function (r) { if (words.indexOf(r.relation) < 0) words.push(r.relation); });
    words.forEach(function (word) {
      var rows = view.relations.filter(function (r) { return r.relation === word; });
      var events = rows.reduce(function (n, r) { return n + Number(r.events || 0); }, 0);
      var box2 = el('input', { type: 'checkbox', value: word });
      if (!RELATIONS[word] && !view.seen.has(word)) view.kinds.add(word);   // a kind this page does not know yet: shown
      view.seen.add(word);
      box2.checked = view.kinds.has(word);
      box2.addEventListener('change', function () {
        if (box2.checked) view.kinds.add(word); else view.kinds.delete(word);
        renderNetwork();
      });
      var swatch = el('span', { className: 'swatch', 'aria-hidden': 'true' });
      swatch.style.background = relationOf(word).color;
      box.appendChild(el('label', { className: 'kind' }, [box2, swatch, relationOf(word).label,
        el('span', { className: 'count', text: '(' + rows.length + ' · ' + plural(events, 'event') + ')' })]));
    });
  }

  // ---- network ------------------------------------------------------------------------------------

  function renderNetwork() {
    var rows = view.relations.filter(function (r) { return view.kinds.has(r.relation); });
    var nodes = new Map();
    rows.forEach(function (r) {
      [[r.source, r.sourceLabel], [r.target, r.targetLabel]].forEach(function (s) {
        var n = nodes.get(s[0]);
        if (!n) nodes.set(s[0], n = { id: s[0], name: s[1] || localName(s[0]), events: 0, relations: 0 });
        n.events += Number(r.events || 0);
        n.relations += 1;
      });
    });
    view.nodes = Array.from(nodes.values()).sort(function (a, b) { return a.name.localeCompare(b.name); });
    view.edges = rows.map(function (r) {
      var kind = relationOf(r.relation);
      var events = Number(r.events || 0);
      return {
        source: r.source, target: r.target, value: events, row: r,
        symbol: kind.directed ? ['none', 'arrow'] : ['none', 'none'],
        lineStyle: { color: kind.color, width: Math.min(9, 1.5 + 1.8 * Math.log2(1 + events)) },
        label: { formatter: kind.label }
      };
    });
    var chartEl = $('network');
    var empty = $('network-empty');
    if (!view.edges.length) {
      chartEl.hidden = true;
      chartEl.dataset.nodes = '0';
      chartEl.dataset.edges = '0';
      clear(empty).textContent = view.relations.length
        ? 'No relation of the kinds ticked above. Tick a kind to show it.'
        : report ? 'This report holds no relations between states.'
        : 'No relations between states' + (view.scope.from || view.scope.to ? ' in this date range' : ' in this store')
          + (view.scope.state ? ' for ' + stateLabel(view.scope.state) : '')
          + '. Widen the range, or ingest documents (./entente ingest).';
      empty.hidden = false;
      if (view.network) view.network.clear();
      return;
    }
    empty.hidden = true;
    chartEl.hidden = false;
    if (!view.network) {
      view.network = echarts.init(chartEl);
      view.network.on('click', function (p) {
        if (p.dataType === 'node') selectState(p.data.id);
        else if (p.dataType === 'edge') selectEdge(p.data.row);
      });
    }
    view.network.resize();
    view.network.setOption(networkOption(), true);
    fitNetwork();
    chartEl.dataset.nodes = String(view.nodes.length);
    chartEl.dataset.edges = String(view.edges.length);
    chartEl.setAttribute('aria-label', 'Network of ' + plural(view.nodes.length, 'state') + ' and '
      + plural(view.edges.length, 'relation') + '; the table below lists them.');
    markSelection();
  }

  function networkOption() {
    var most = view.nodes.reduce(function (m, n) { return Math.max(m, n.events); }, 1);
    // Forces scaled to the number of states, so that a store's 60 states fit the frame as a story's 4 do.
    var crowd = Math.max(1, view.nodes.length / 10);
    return {
      // No animation: the laid-out, fitted network appears at once, where it stays (and where a click lands).
      animation: false,
      tooltip: { confine: true, formatter: networkTooltip },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true,
        // A circle as the start makes the layout the same at every load (no random start).
        force: { initLayout: 'circular', repulsion: 520 / Math.sqrt(crowd), gravity: 0.09 * Math.sqrt(Math.sqrt(crowd)),
          edgeLength: [120 / Math.sqrt(Math.sqrt(crowd)), 250 / Math.sqrt(Math.sqrt(crowd))], friction: 0.6, layoutAnimation: false },
        autoCurveness: true, edgeSymbolSize: [4, 10], selectedMode: 'single',
        label: { show: true, position: 'right', fontSize: 13, color: '#1d2430', fontWeight: 600,
          textBorderColor: '#fff', textBorderWidth: 3 },
        edgeLabel: { show: false, fontSize: 11 },
        labelLayout: { hideOverlap: true },
        itemStyle: { color: '#5b7fa6', borderColor: '#fff', borderWidth: 1.5 },
        lineStyle: { opacity: 0.85 },
        emphasis: { focus: 'adjacency', edgeLabel: { show: true }, lineStyle: { opacity: 1 } },
        select: { itemStyle: { color: '#f2b134', borderColor: '#1d2430', borderWidth: 2.5 } },
        data: view.nodes.map(function (n) {
          return { id: n.id, name: n.name, value: n.events, relations: n.relations,
            symbolSize: (14 + 34 * Math.sqrt(n.events / most)) / Math.sqrt(Math.sqrt(crowd)) };
        }),
        links: view.edges
      }]
    };
  }

  /**
   * Zooms the laid-out network to fit its frame (the force layout runs to its end inside setOption, so the positions
   * are final here): a store's many states are not left beyond the edges, and a story's few are not lost in the middle.
   */
  function fitNetwork() {
    var data = view.network.getModel().getSeriesByIndex(0).getData();
    var box = null;
    for (var i = 0; i < data.count(); i++) {
      var p = data.getItemLayout(i);
      if (!p || !isFinite(p[0]) || !isFinite(p[1])) continue;
      box = box ? [Math.min(box[0], p[0]), Math.min(box[1], p[1]), Math.max(box[2], p[0]), Math.max(box[3], p[1])] : [p[0], p[1], p[0], p[1]];
    }
    if (!box) return;
    // Room for the labels, written to the right of each node, and for the largest nodes.
    var width = view.network.getWidth() - 170, height = view.network.getHeight() - 60;
    var zoom = Math.min(1.3, width / Math.max(1, box[2] - box[0]), height / Math.max(1, box[3] - box[1]));
    var center = [(box[0] + box[2]) / 2 + 40 / zoom, (box[1] + box[3]) / 2];
    view.network.setOption({ series: [{ center: center, zoom: Math.max(0.2, zoom) }] });
  }

  function networkTooltip(p) {
    if (p.dataType === 'edge') {
      var r = p.data.row;
      return '<b>' + escapeHtml(r.sourceLabel) + '</b> ' + escapeHtml(relationOf(r.relation).label) + ' <b>'
        + escapeHtml(r.targetLabel) + '</b><br>' + escapeHtml(plural(r.events, 'event') + ' in ' + plural(r.documents, 'document'))
        + '<br>' + escapeHtml(range(r.first, r.last));
    }
    return '<b>' + escapeHtml(p.data.name) + '</b><br>' + escapeHtml(plural(p.data.value, 'event') + ' in '
      + plural(p.data.relations, 'relation'));
  }

  function markSelection() {
    if (!view.network || !view.nodes.length) return;
    view.network.dispatchAction({ type: 'unselect', seriesIndex: 0, dataIndex: view.nodes.map(function (n, i) { return i; }) });
    var s = view.selection;
    if (s && s.type === 'state') {
      var i = view.nodes.findIndex(function (n) { return n.id === s.iri; });
      if (i >= 0) view.network.dispatchAction({ type: 'select', seriesIndex: 0, dataIndex: i });
    }
  }

  function renderTable() {
    var body = clear($('relations-table').tBodies[0]);
    var rows = view.relations.slice().sort(function (a, b) {
      return Number(b.events) - Number(a.events) || (a.sourceLabel || '').localeCompare(b.sourceLabel || '');
    });
    rows.forEach(function (r) {
      var kind = relationOf(r.relation);
      var edge = el('button', { type: 'button', className: 'link', text: kind.label });
      edge.addEventListener('click', function () { selectEdge(r); });
      body.appendChild(el('tr', {}, [
        el('td', {}, [stateButton(r.source, r.sourceLabel)]), el('td', {}, [edge]),
        el('td', {}, [stateButton(r.target, r.targetLabel)]),
        el('td', { className: 'num', text: number(r.events) }), el('td', { className: 'num', text: number(r.documents) }),
        el('td', { text: r.first || '' }), el('td', { text: r.last || '' })
      ]));
    });
    if (!rows.length) body.appendChild(el('tr', {}, [el('td', { colspan: '7', className: 'empty', text: 'No relations.' })]));
  }

  function stateButton(iri, label) {
    var b = el('button', { type: 'button', className: 'link', text: label || localName(iri) });
    b.addEventListener('click', function () { selectState(iri); });
    return b;
  }

  // ---- selections ---------------------------------------------------------------------------------

  function clearSelection() {
    view.selection = null;
    markSelection();
    clear($('details')).appendChild(el('p', { className: 'empty',
      text: 'Click a state or a relation in the network, or pick a state above, to see its events, the sentences they come from, and where the sources disagree.' }));
    $('timeline-title').textContent = 'Timeline';
    renderTimeline([]);
  }

  function rangeParams(extra) {
    var p = {};
    if (view.scope.from) p.from = view.scope.from;
    if (view.scope.to) p.to = view.scope.to;
    Object.keys(extra).forEach(function (k) { p[k] = extra[k]; });
    return p;
  }

  function selectState(iri) {
    var label = stateLabel(iri);
    var selection = view.selection = { type: 'state', iri: iri, label: label };
    if (Array.prototype.some.call($('state').options, function (o) { return o.value === iri; })) $('state').value = iri;
    markSelection();
    showLoading(label);
    ask('timeline', rangeParams({ state: iri })).then(function (rows) {
      if (view.selection !== selection) return;
      var events = groupEvents(rows);
      $('timeline-title').textContent = 'Timeline — ' + label;
      renderTimeline(rows);
      renderDetails(label, plural(events.length, 'event') + (view.scope.from || view.scope.to ? ' in this range' : '')
        + ' in which ' + label + ' takes part', events, 'No dated events for ' + label + (view.scope.from || view.scope.to ? ' in this range.' : '.'));
    }, function (error) { if (view.selection === selection) showError($('details'), error); });
  }

  /**
   * A relation's events: those of its kind on both states' timelines. The timeline question has no columns for
   * who acts on whom, so this is every such event both take part in (for a pair that acts both ways, both ways).
   */
  function selectEdge(r) {
    var kind = relationOf(r.relation);
    var title = (r.sourceLabel || localName(r.source)) + ' ' + kind.label + ' ' + (r.targetLabel || localName(r.target));
    var selection = view.selection = { type: 'edge', row: r };
    markSelection();
    showLoading(title);
    Promise.all([ask('timeline', rangeParams({ state: r.source })), ask('timeline', rangeParams({ state: r.target }))])
      .then(function (both) {
        if (view.selection !== selection) return;
        var other = new Set(both[1].map(function (t) { return t.event; }));
        var rows = both[0].filter(function (t) { return other.has(t.event) && (!kind.event || t.kind === kind.event); });
        $('timeline-title').textContent = 'Timeline — ' + title;
        renderTimeline(rows);
        renderDetails(title, plural(r.events, 'event') + ' in ' + plural(r.documents, 'document') + ', ' + range(r.first, r.last),
          groupEvents(rows), 'No dated events of this relation in range.');
      }, function (error) { if (view.selection === selection) showError($('details'), error); });
  }

  function selectEvent(iri, label) {
    var selection = view.selection = { type: 'event', iri: iri };
    markSelection();
    showLoading(label || localName(iri));
    ask('timeline', { event: iri }).then(function (rows) {
      if (view.selection !== selection) return;
      var events = groupEvents(rows);
      var name = events.length ? events[0].label : (label || localName(iri));
      $('timeline-title').textContent = 'Timeline — ' + name;
      renderTimeline(rows);
      renderDetails(name, 'every dated claim of this event, across all documents', events, 'This event has no dated claims.');
    }, function (error) { if (view.selection === selection) showError($('details'), error); });
  }

  function showLoading(what) {
    clear($('details')).appendChild(el('p', { className: 'empty', text: 'Loading ' + what + '…' }));
  }

  /** Timeline rows as events: label, kind, claims, first and last date, the latest claim. */
  function groupEvents(rows) {
    var byIri = new Map();
    rows.forEach(function (r) {
      var e = byIri.get(r.event);
      if (!e) byIri.set(r.event, e = { iri: r.event, label: r.eventLabel || localName(r.event), kind: r.kind, claims: [] });
      e.claims.push(r);
    });
    var events = Array.from(byIri.values());
    events.forEach(function (e) {
      var dated = e.claims.filter(function (c) { return c.date; }).sort(function (a, b) { return time(a.date) - time(b.date); });
      e.first = dated.length ? dated[0].date : '';
      e.last = dated.length ? dated[dated.length - 1].date : '';
      e.latest = dated.length ? dated[dated.length - 1] : e.claims[e.claims.length - 1];
      e.documents = new Set(e.claims.map(function (c) { return c.document; })).size;
    });
    // The most reported first (where sources can agree or disagree), then the most recent.
    return events.sort(function (a, b) {
      return b.documents - a.documents || (time(b.last) || 0) - (time(a.last) || 0) || a.label.localeCompare(b.label);
    });
  }

  // ---- details ------------------------------------------------------------------------------------

  function renderDetails(title, summary, events, emptyText) {
    var box = clear($('details'));
    box.appendChild(el('h3', { text: title }));
    box.appendChild(el('p', { className: 'selection', text: summary }));
    if (!events.length) {
      box.appendChild(el('p', { className: 'empty', text: emptyText }));
      return;
    }
    var list = el('div', { className: 'events' });
    box.appendChild(list);
    var shown = 0;
    var more = el('button', { type: 'button', className: 'secondary more' });
    function page() {
      events.slice(shown, shown + PAGE_SIZE).forEach(function (e) { list.appendChild(eventCard(e)); });
      shown = Math.min(events.length, shown + PAGE_SIZE);
      more.textContent = 'Show ' + Math.min(PAGE_SIZE, events.length - shown) + ' more of ' + (events.length - shown);
      more.hidden = shown >= events.length;
    }
    more.addEventListener('click', page);
    box.appendChild(more);
    page();
  }

  function eventCard(e) {
    var latest = e.latest || {};
    var open = el('button', { type: 'button', className: 'link', text: 'Timeline of this event' });
    open.addEventListener('click', function () { selectEvent(e.iri, e.label); });
    var flags = el('div', { className: 'flags' });
    var sources = el('ul', { className: 'sources' }, [el('li', { className: 'empty', text: 'Loading sources…' })]);
    var card = el('article', { className: 'event', 'data-event': e.iri }, [
      el('div', { className: 'event-head' }, [el('h3', { text: e.label }), el('span', { className: 'meta', text: range(e.first, e.last) })]),
      el('p', { className: 'meta' }, [
        badge(KIND_LABELS[e.kind] || e.kind || 'event'), badge(localName(latest.stage)), badge(localName(latest.factuality)),
        latest.troops ? badge(number(latest.troops) + ' troops') : null,
        plural(e.documents, 'document') + ' · latest claim shown'
      ]),
      flags, sources, open
    ]);
    Promise.all([ask('sources', { event: e.iri }), ask('disagreements', { event: e.iri })]).then(function (answers) {
      var titles = new Map();
      answers[0].forEach(function (s) { titles.set(s.document, s.title || 'Untitled document'); });
      renderDisagreements(flags, answers[1], titles);
      renderSources(sources, answers[0]);
    }, function (error) { showError(sources, error); });
    return card;
  }

  function badge(text) {
    if (!text) return null;
    return el('span', { className: 'badge ' + text.replace(/[^a-z-]/g, ''), text: text });
  }

  function renderDisagreements(box, rows, titles) {
    clear(box);
    var byAspect = new Map();
    rows.forEach(function (r) {
      if (!byAspect.has(r.aspect)) byAspect.set(r.aspect, []);
      byAspect.get(r.aspect).push(r);
    });
    byAspect.forEach(function (list, aspect) {
      var items = list.map(function (r) {
        var value = aspect === 'troops' ? number(r.value) : /^https?:/.test(r.value) ? localName(r.value) : r.value;
        var who = titles.get(r.document) || localName(r.document);
        var by = r.attributedToLabel ? ', attributed to ' + r.attributedToLabel : '';
        return el('li', {}, [el('b', { text: value }), ' — ' + who + (r.published ? ' (' + r.published + ')' : '') + by]);
      });
      box.appendChild(el('div', { className: 'disagreement', role: 'note', 'data-aspect': aspect }, [
        el('strong', { text: '⚠ Sources disagree on ' + aspect }), el('ul', {}, items)]));
    });
  }

  /** One entry per document, in the answer's order, with each distinct sentence it gives as evidence. */
  function renderSources(list, rows) {
    clear(list);
    var byDocument = new Map();
    rows.forEach(function (s) {
      var d = byDocument.get(s.document);
      if (!d) byDocument.set(s.document, d = { first: s, quotes: [] });
      var quote = s.quote || '';
      if (quote && d.quotes.indexOf(quote) < 0) d.quotes.push(quote);
    });
    byDocument.forEach(function (d) {
      var s = d.first;
      var facts = [localName(s.stage), localName(s.factuality), s.troops ? number(s.troops) + ' troops' : '', s.date ? 'dated ' + s.date : '']
        .filter(Boolean).join(' · ');
      var by = s.attributedToLabel || (s.attributedTo ? localName(s.attributedTo) : '');
      list.appendChild(el('li', { className: 'source', 'data-document': s.document }, [
        el('span', { className: 'doc', text: s.title || 'Untitled document' }),
        el('span', { className: 'meta', text: (s.published ? ' · published ' + s.published : '') + (by ? ' · attributed to ' + by : '') }),
        facts ? el('div', { className: 'meta', text: facts }) : null
      ].concat(d.quotes.length ? d.quotes.map(function (q) { return el('blockquote', { className: 'quote', text: q }); })
        : [el('blockquote', { className: 'quote', text: 'No sentence kept.' })])));
    });
    if (!rows.length) list.appendChild(el('li', { className: 'empty', text: 'No document reports this event in the store.' }));
  }

  // ---- timeline -----------------------------------------------------------------------------------

  function renderTimeline(rows) {
    var chartEl = $('timeline');
    var dated = rows.filter(function (r) { return time(r.date) != null; });
    var events = groupEvents(dated).sort(function (a, b) { return time(a.first) - time(b.first) || a.label.localeCompare(b.label); });
    $('timeline-legend').textContent = events.length ? FACTUALITY_LEGEND : '';
    if (!events.length) {
      chartEl.hidden = true;
      $('timeline-empty').hidden = false;
      $('timeline-empty').textContent = view.selection
        ? 'No dated claims' + (view.scope.from || view.scope.to ? ' in this range.' : '.')
        : 'Select a state, a relation or an event to see its dated claims, one mark per document.';
      if (view.timeline) view.timeline.clear();
      return;
    }
    $('timeline-empty').hidden = true;
    chartEl.hidden = false;
    chartEl.style.height = Math.max(200, Math.min(640, 90 + 30 * events.length)) + 'px';
    if (!view.timeline) {
      view.timeline = echarts.init(chartEl);
      view.timeline.on('click', function (p) {
        if (p.data && p.data.row) selectEvent(p.data.row.event, p.data.row.eventLabel);
      });
    }
    view.timeline.resize();
    view.timeline.setOption(timelineOption(events), true);
    chartEl.dataset.events = String(events.length);
    chartEl.setAttribute('aria-label', 'Timeline of ' + plural(events.length, 'event') + '; the list beside the network holds the same claims.');
  }

  function timelineOption(events) {
    var labels = events.map(function (e, i) {
      var twin = events.slice(0, i).filter(function (o) { return o.label === e.label; }).length;
      return twin ? e.label + ' (' + (twin + 1) + ')' : e.label;
    });
    var byStage = new Map();
    var lines = [];
    events.forEach(function (e, i) {
      var points = e.claims.slice().sort(function (a, b) { return time(a.date) - time(b.date); });
      if (points.length > 1) lines.push({ coords: points.map(function (c) { return [time(c.date), i]; }) });
      points.forEach(function (c) {
        var stage = STAGES.indexOf(localName(c.stage)) >= 0 ? localName(c.stage) : 'other';
        if (!byStage.has(stage)) byStage.set(stage, []);
        byStage.get(stage).push({ value: [time(c.date), i], symbol: FACTUALITY_SYMBOLS[localName(c.factuality)] || 'circle', row: c });
      });
    });
    var series = [{ type: 'lines', coordinateSystem: 'cartesian2d', polyline: true, silent: true, z: 1,
      lineStyle: { color: '#b8c0cc', width: 2 }, data: lines }];
    STAGES.concat(['other']).forEach(function (stage, i) {
      if (!byStage.has(stage)) return;
      series.push({ name: stage, type: 'scatter', z: 3, symbolSize: 13, data: byStage.get(stage),
        itemStyle: { color: STAGE_COLORS[i] || OTHER_COLOR, borderColor: '#1d2430', borderWidth: 0.5 } });
    });
    var tall = events.length > 16;
    return {
      animation: false,
      grid: { left: 12, right: tall ? 46 : 24, top: 34, bottom: 28, containLabel: true },
      legend: { top: 0, data: STAGES.concat(['other']).filter(function (s) { return byStage.has(s); }) },
      tooltip: { trigger: 'item', confine: true, formatter: timelineTooltip },
      xAxis: { type: 'time', boundaryGap: ['4%', '4%'], splitLine: { show: true, lineStyle: { color: '#eef1f5' } } },
      yAxis: { type: 'category', inverse: true, data: labels,
        axisLabel: { width: 280, overflow: 'truncate', fontSize: 12, color: '#1d2430' }, axisTick: { show: false } },
      dataZoom: tall ? [{ type: 'slider', yAxisIndex: 0, right: 8, width: 16, startValue: 0, endValue: 15 },
        { type: 'inside', yAxisIndex: 0 }] : [],
      series: series
    };
  }

  function timelineTooltip(p) {
    var r = p.data && p.data.row;
    if (!r) return '';
    var facts = [localName(r.stage), localName(r.factuality), r.troops ? number(r.troops) + ' troops' : ''].filter(Boolean).join(' · ');
    return '<b>' + escapeHtml(r.date) + '</b> ' + escapeHtml(r.eventLabel) + '<br>' + escapeHtml(facts)
      + '<br>document ' + escapeHtml(localName(r.document).slice(0, 12)) + (r.published ? ', published ' + escapeHtml(r.published) : '')
      + '<br><i>click for this event’s sources</i>';
  }

  // ---- start --------------------------------------------------------------------------------------

  window.addEventListener('resize', function () {
    if (view.network) view.network.resize();
    if (view.timeline) view.timeline.resize();
  });
  setUpControls();
  load(report ? report.scope : scopeFromUrl());
}());
