/* claims report: selection and filters. Shared by `claims report` (inlined, then init(document)) and the page of
   `claims serve` (served; init() again after each result is shown). Reads only data-* attributes; never builds
   HTML from text. */
(function () {
  'use strict';
  function init(root) {
    var box = (root || document).querySelector('.claims-report');
    if (!box || box.getAttribute('data-ready')) return;
    box.setAttribute('data-ready', '1');
    var items = Array.prototype.slice.call(box.querySelectorAll('.claims-list .item'));
    var marks = Array.prototype.slice.call(box.querySelectorAll('.article mark'));
    var selects = Array.prototype.slice.call(box.querySelectorAll('select[data-filter]'));
    var shown = box.querySelector('.shown');
    var visible = {};

    function scroll(el, block) {
      if (el && el.scrollIntoView) el.scrollIntoView({behavior: 'smooth', block: block || 'center'});
    }
    function select(id, fromText) {
      box.querySelectorAll('.active, .sel').forEach(function (el) { el.classList.remove('active', 'sel'); });
      box.querySelectorAll('mark').forEach(function (m) {
        if ((' ' + m.getAttribute('data-claims') + ' ').indexOf(' ' + id + ' ') < 0) return;
        m.classList.add(m.classList.contains('claim') ? 'active' : 'sel');
      });
      var item = box.querySelector('.item[data-claim="' + id + '"]');
      if (item) item.classList.add('active');
      if (fromText) scroll(item, 'nearest'); else scroll(box.querySelector('#claim-' + id));
      if (history.replaceState) history.replaceState(null, '', '#' + id);
    }
    function flash(start, end) {
      var m = box.querySelector('.article mark[data-start="' + start + '"][data-end="' + end + '"]') ||
              box.querySelector('.article mark[data-start="' + start + '"]');
      if (!m) return;
      m.classList.remove('flash'); void m.offsetWidth; m.classList.add('flash');
      scroll(m);
    }
    function apply() {
      var f = {};
      selects.forEach(function (s) { f[s.getAttribute('data-filter')] = s.value; });
      var n = 0;
      visible = {};
      items.forEach(function (item) {
        var ok = (!f.status || (f.status === 'unattributed' ? item.getAttribute('data-speaker') === '' :
                                item.getAttribute('data-status') === f.status)) &&
                 (!f.rule || (' ' + item.getAttribute('data-rules') + ' ').indexOf(' ' + f.rule + ' ') >= 0) &&
                 (!f.speaker || item.getAttribute('data-speaker') === (f.speaker === '-' ? '' : f.speaker));
        item.hidden = !ok;
        if (ok) { visible[item.getAttribute('data-claim')] = true; n++; }
      });
      marks.forEach(function (m) {
        var ids = (m.getAttribute('data-claims') || '').split(' ');
        m.classList.toggle('dim', !ids.some(function (id) { return visible[id]; }));
      });
      box.querySelectorAll('button[data-rule]').forEach(function (b) {
        b.setAttribute('aria-pressed', String(b.getAttribute('data-rule') === f.rule));
      });
      if (shown) shown.textContent = shown.getAttribute('data-template')
        .replace('{shown}', String(n)).replace('{total}', String(items.length));
    }
    box.addEventListener('change', function (e) { if (e.target.matches('select[data-filter]')) apply(); });
    box.addEventListener('click', function (e) {
      var t = e.target;
      var ev = t.closest('[data-ev-start]');
      if (ev) { e.stopPropagation(); flash(ev.getAttribute('data-ev-start'), ev.getAttribute('data-ev-end')); return; }
      var rb = t.closest('button[data-rule]');
      if (rb) {
        var rs = box.querySelector('select[data-filter="rule"]');
        if (rs) { rs.value = rb.getAttribute('aria-pressed') === 'true' ? '' : rb.getAttribute('data-rule'); apply(); }
        return;
      }
      if (t.closest('button.reset')) { selects.forEach(function (s) { s.value = ''; }); apply(); return; }
      var item = t.closest('.item');
      if (item) { select(item.getAttribute('data-claim'), false); return; }
      var m = t.closest('.article mark');
      if (m) {
        var ids = m.getAttribute('data-claims').split(' ');
        var pick = ids.filter(function (id) { return visible[id]; })[0] || ids[0];
        select(pick, true);
      }
    });
    apply();
    var h = decodeURIComponent(location.hash.slice(1));
    if (/^c[0-9]+$/.test(h) && box.querySelector('.item[data-claim="' + h + '"]')) select(h, true);
  }
  window.claimsReport = {init: init};
})();
