/* The page of `claims serve`: send the draft (text or file) to /api/view, show the report fragment the server
   rendered (all article text escaped there), and download the results. No HTML is built here from text. */
(function () {
  'use strict';
  var form = document.getElementById('draft-form');
  var draft = document.getElementById('draft');
  var file = document.getElementById('file');
  var language = document.getElementById('language');
  var status = document.getElementById('status');
  var result = document.getElementById('result');
  var name = null;   // the name of the file the draft came from, sent as a label with later requests
  var seq = 0;       // only the latest answer is shown

  function say(text, isError) {
    status.textContent = text;
    status.classList.toggle('error', !!isError);
  }
  function article() {
    var body = {text: draft.value, language: language.value};
    if (name) body.name = name;
    return JSON.stringify(body);
  }
  function post(url, body) {
    var init = {method: 'POST', body: body};
    if (typeof body === 'string') init.headers = {'Content-Type': 'application/json'};
    return fetch(url, init).then(function (r) {
      if (r.ok) return r;
      return r.json().catch(function () { return {error: r.status + ' ' + r.statusText}; })
        .then(function (e) { throw new Error(e.error || (r.status + ' ' + r.statusText)); });
    });
  }
  function show(data) {
    if (history.replaceState) history.replaceState(null, '', location.pathname);
    result.innerHTML = data.html;
    window.claimsReport.init(result);
    var heading = result.querySelector('aside h2');
    say((heading ? heading.textContent : '') + (data.name ? ' · ' + data.name : ''));
  }
  function analyse(body) {
    var mine = ++seq;
    say(form.getAttribute('data-working'));
    return post('/api/view', body).then(function (r) { return r.json(); }).then(function (data) {
      if (mine !== seq) return;
      if (data.name && typeof body !== 'string') { draft.value = data.text; name = data.name; }
      show(data);
    }).catch(function (err) {
      if (mine === seq) say(form.getAttribute('data-error') + ': ' + err.message, true);
    });
  }
  function send() {
    if (!draft.value.trim()) { say(form.getAttribute('data-empty'), true); draft.focus(); return; }
    analyse(article());
  }
  function upload(f) {
    if (!f) return;
    var fd = new FormData();
    fd.append('file', f, f.name);
    fd.append('language', language.value);
    analyse(fd);
  }
  form.addEventListener('submit', function (e) { e.preventDefault(); send(); });
  draft.addEventListener('keydown', function (e) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) { e.preventDefault(); send(); }
  });
  draft.addEventListener('input', function () { if (!draft.value) name = null; });
  file.addEventListener('change', function () { upload(file.files[0]); file.value = ''; });
  // a file dropped anywhere on the page is checked (never opened by the browser in place of the page)
  document.addEventListener('dragover', function (e) { e.preventDefault(); form.classList.add('dragging'); });
  document.addEventListener('dragleave', function (e) {
    if (!e.relatedTarget) form.classList.remove('dragging');
  });
  document.addEventListener('drop', function (e) {
    e.preventDefault();
    form.classList.remove('dragging');
    if (e.dataTransfer && e.dataTransfer.files.length) upload(e.dataTransfer.files[0]);
  });

  var endpoints = {json: ['/api/extract', '.json'], check: ['/api/check', '.check.json'],
                   csv: ['/api/table?format=csv', '.csv'], xlsx: ['/api/table?format=xlsx', '.xlsx'],
                   report: ['/api/report', '.html']};
  function filename(r, fallback) {
    var m = /filename\*=UTF-8''([^;]+)/.exec(r.headers.get('Content-Disposition') || '');
    return m ? decodeURIComponent(m[1]) : fallback;
  }
  result.addEventListener('click', function (e) {
    var b = e.target.closest('button[data-download]');
    if (!b) return;
    var kind = b.getAttribute('data-download');
    var stem = (name || 'text').replace(/\.[^.]*$/, '');
    post(endpoints[kind][0], article()).then(function (r) {
      return r.blob().then(function (blob) {
        var a = document.createElement('a');
        a.href = URL.createObjectURL(blob);
        a.download = kind === 'json' || kind === 'check' ? stem + endpoints[kind][1] : filename(r, stem + endpoints[kind][1]);
        document.body.appendChild(a);
        a.click();
        setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
      });
    }).catch(function (err) { say(form.getAttribute('data-error') + ': ' + err.message, true); });
  });
})();
