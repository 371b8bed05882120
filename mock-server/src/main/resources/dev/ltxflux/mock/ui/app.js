// The ltxflux mock dashboard: polls the admin API and renders it. Every server value is inserted with textContent
// (ids, prompts and URLs may hold hostile text); links are built only from paths this page knows.
'use strict';

(function () {
  const ADMIN = '/__admin/ltx/';
  const params = new URLSearchParams(window.location.search);
  const intervalMillis = Math.max(200, Number(params.get('interval')) || 1000);
  let clockFrozen = false;
  // With --admin-token every admin call needs the token: asked once in the page, kept for this tab only.
  const TOKEN_KEY = 'ltxflux.adminToken';
  let tokenAsked = false;

  class Unauthorized extends Error {}

  function authorize(init, token) {
    if (token) {
      init.headers['Authorization'] = 'Bearer ' + token;
    }
    return init;
  }

  function askForToken(wrong) {
    if (tokenAsked) {
      return;
    }
    tokenAsked = true;
    document.getElementById('token-message').textContent = wrong
      ? 'That admin token was refused: enter the one given with --admin-token.'
      : 'This mock runs with --admin-token: enter it to see its state (kept in this tab only).';
    document.getElementById('token-form').hidden = false;
    document.getElementById('admin-token').focus();
  }

  function el(tag, text, className) {
    const node = document.createElement(tag);
    if (text !== undefined && text !== null) {
      node.textContent = String(text);
    }
    if (className) {
      node.className = className;
    }
    return node;
  }

  function cell(row, text, className) {
    const td = el('td', text, className);
    row.appendChild(td);
    return td;
  }

  function badge(text, kind) {
    return el('span', text, 'badge ' + kind);
  }

  function time(iso) {
    if (!iso) {
      return '';
    }
    const d = new Date(iso);
    return isNaN(d.getTime()) ? String(iso) : d.toISOString().substring(11, 19);
  }

  function link(href, text) {
    const a = el('a', text);
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    return a;
  }

  function setCount(id, n) {
    document.getElementById(id + '-count').textContent = String(n);
  }

  function body(id) {
    return document.querySelector('#' + id + ' tbody');
  }

  async function call(method, path, payload) {
    const init = { method: method, cache: 'no-store', headers: {} };
    if (payload !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(payload);
    }
    const sent = window.sessionStorage.getItem(TOKEN_KEY);
    const response = await fetch(ADMIN + path, authorize(init, sent));
    if (response.status === 401) {
      // a 401 to a call sent before the user gave a (new) token says nothing about that token: only the current one counts
      if (window.sessionStorage.getItem(TOKEN_KEY) === sent) {
        window.sessionStorage.removeItem(TOKEN_KEY);
        askForToken(sent !== null);
      }
      throw new Unauthorized('the admin API needs the admin token');
    }
    const text = await response.text();
    let json = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch (e) {
      json = null;
    }
    if (!response.ok) {
      throw new Error((json && json.error) || (response.status + ' ' + text));
    }
    return json;
  }

  function renderJobs(jobs) {
    const tbody = body('jobs');
    tbody.replaceChildren();
    jobs.sort((a, b) => String(b.createdAt).localeCompare(String(a.createdAt)));
    for (const job of jobs) {
      const row = el('tr');
      row.dataset.jobId = job.jobId;
      row.dataset.phase = job.phase;
      cell(row, job.jobId, 'id');
      cell(row, job.account);
      cell(row, '').appendChild(badge(job.phase, job.phase));
      const progressCell = cell(row, '');
      const bar = el('progress');
      bar.max = 100;
      bar.value = Number(job.progress) || 0;
      progressCell.appendChild(bar);
      progressCell.appendChild(el('span', ' ' + (Number(job.progress) || 0) + '%', 'progress-text'));
      cell(row, job.replyRef || '', 'mono');
      cell(row, job.prompt || '', 'prompt');
      cell(row, time(job.createdAt));
      const artifact = cell(row, '');
      if (job.phase === 'completed' && job.uuid) {
        const a = artifact.appendChild(link('/__admin/ltx/artifact/' + encodeURIComponent(job.uuid), 'image'));
      a.addEventListener('click', openArtifact);
      } else if (job.phase === 'failed') {
        artifact.textContent = job.failure || 'failed';
      }
      tbody.appendChild(row);
    }
    setCount('jobs', jobs.length);
    document.getElementById('jobs-empty').hidden = jobs.length > 0;
  }

  function renderFaults(faults) {
    const tbody = body('faults');
    tbody.replaceChildren();
    for (const f of faults) {
      const row = el('tr');
      row.dataset.route = f.route;
      cell(row, f.route);
      cell(row, f.action);
      cell(row, f.action === 'status' ? f.status : '');
      cell(row, f.action === 'delay' ? f.delayMillis : '');
      cell(row, f.times);
      tbody.appendChild(row);
    }
    setCount('faults', faults.length);
  }

  function renderWebhooks(deliveries) {
    const tbody = body('webhooks');
    tbody.replaceChildren();
    for (const d of deliveries.slice().reverse()) {
      const row = el('tr');
      cell(row, d.jobId, 'id');
      cell(row, d.url, 'mono');
      cell(row, d.attempt);
      cell(row, '').appendChild(badge(d.status === 0 ? 'no answer' : d.status, d.delivered ? 'delivered' : 'undelivered'));
      cell(row, d.error || '');
      cell(row, time(d.at));
      tbody.appendChild(row);
    }
    setCount('webhooks', deliveries.length);
  }

  function renderUploads(uploads) {
    const tbody = body('uploads');
    tbody.replaceChildren();
    for (const u of uploads.slice().reverse()) {
      const row = el('tr');
      cell(row, u.fileId, 'id');
      cell(row, u.account);
      cell(row, u.mimeType);
      cell(row, u.bytes);
      cell(row, time(u.createdAt));
      const file = cell(row, '');
      if (typeof u.url === 'string' && u.url.startsWith('/artifacts/')) {
        file.appendChild(link(u.url, 'open'));
      }
      tbody.appendChild(row);
    }
    setCount('uploads', uploads.length);
  }

  function renderDrifts(drifts) {
    const list = document.getElementById('drifts');
    list.replaceChildren();
    for (const d of drifts) {
      list.appendChild(el('li', d));
    }
    setCount('drifts', drifts.length);
    document.getElementById('drifts-empty').hidden = drifts.length > 0;
  }

  function renderRequests(requests) {
    const tbody = body('requests');
    tbody.replaceChildren();
    for (const r of requests.slice(-100).reverse()) {
      const row = el('tr');
      cell(row, time(r.at));
      cell(row, r.method);
      cell(row, r.url, 'mono');
      cell(row, r.status);
      cell(row, r.millis);
      cell(row, r.body !== null && r.body !== undefined ? r.body : (r.bodyBytes ? r.bodyBytes + ' bytes' : ''), 'mono');
      tbody.appendChild(row);
    }
    setCount('requests', requests.length);
    document.getElementById('requests-empty').hidden = requests.length > 0;
  }

  function renderClock(clock) {
    clockFrozen = !!clock.frozen;
    document.getElementById('clock-now').textContent = clock.now ? clock.now.replace('T', ' ').replace(/\.\d+Z$/, 'Z') : '';
    const mode = document.getElementById('clock-mode');
    mode.textContent = clock.frozen ? 'frozen' : (clock.offsetMillis ? '+' + Math.round(clock.offsetMillis / 1000) + ' s' : 'real time');
    mode.className = 'badge' + (clock.frozen ? ' frozen' : '');
    document.getElementById('clock-freeze').textContent = clock.frozen ? 'resume' : 'freeze';
    for (const b of document.querySelectorAll('#clock-panel button')) {
      b.disabled = clock.controllable === false;
    }
  }

  function setStatus(text, down) {
    const status = document.getElementById('status');
    status.textContent = text;
    status.className = down ? 'status down' : 'status';
  }

  // A plain link cannot carry the admin token: with one, fetch the image with it (the redirect to the signed URL is
  // followed on the same origin) and show it from a blob URL.
  async function openArtifact(event) {
    if (!window.sessionStorage.getItem(TOKEN_KEY)) {
      return;
    }
    event.preventDefault();
    const target = window.open('', '_blank');
    try {
      const response = await fetch(event.currentTarget.getAttribute('href'), authorize({ cache: 'no-store', headers: {} }, window.sessionStorage.getItem(TOKEN_KEY)));
      if (!response.ok) {
        throw new Error(response.status + ' ' + response.statusText);
      }
      const url = URL.createObjectURL(await response.blob());
      if (target) {
        target.location = url;
      }
    } catch (e) {
      if (target) {
        target.close();
      }
      setStatus('artifact: ' + e.message, true);
    }
  }

  document.getElementById('token-form').addEventListener('submit', (event) => {
    event.preventDefault();
    const input = document.getElementById('admin-token');
    const token = input.value.trim();
    if (!token) {
      return;
    }
    window.sessionStorage.setItem(TOKEN_KEY, token);
    input.value = '';
    tokenAsked = false;
    document.getElementById('token-form').hidden = true;
    refresh();
  });

  let polling = false;
  let again = false;
  async function refresh() {
    if (polling) {
      again = true; // asked while a poll is in flight (a token was just given): poll once more right after it
      return;
    }
    polling = true;
    again = false;
    try {
      const [jobs, faults, webhooks, uploads, drifts, requests, clock] = await Promise.all(
        ['jobs', 'faults', 'webhooks', 'uploads', 'drifts', 'requests', 'clock'].map((p) => call('GET', p)));
      renderJobs(jobs);
      renderFaults(faults);
      renderWebhooks(webhooks);
      renderUploads(uploads);
      renderDrifts(drifts);
      renderRequests(requests);
      renderClock(clock);
      setStatus('updated ' + new Date().toISOString().substring(11, 19) + ' UTC', false);
      document.body.dataset.loaded = 'true';
    } catch (e) {
      setStatus(e instanceof Unauthorized ? 'waiting for the admin token' : 'admin API unreachable: ' + e.message, true);
    } finally {
      polling = false;
      if (again) {
        refresh();
      }
    }
  }

  function numberField(id) {
    return Number(document.getElementById(id).value);
  }

  document.getElementById('fault-form').addEventListener('submit', async (event) => {
    event.preventDefault();
    const error = document.getElementById('fault-error');
    error.textContent = '';
    try {
      await call('POST', 'faults', {
        route: document.getElementById('fault-route').value,
        action: document.getElementById('fault-action').value,
        status: numberField('fault-status'),
        delayMillis: numberField('fault-delay'),
        times: numberField('fault-times'),
      });
    } catch (e) {
      error.textContent = e.message;
    }
    refresh();
  });

  document.getElementById('fault-clear').addEventListener('click', async () => {
    try {
      await call('DELETE', 'faults');
    } catch (e) {
      document.getElementById('fault-error').textContent = e.message;
    }
    refresh();
  });

  for (const button of document.querySelectorAll('[data-advance]')) {
    button.addEventListener('click', async () => {
      await call('POST', 'clock', { advanceMillis: Number(button.dataset.advance) }).catch((e) => setStatus(e.message, true));
      refresh();
    });
  }

  document.getElementById('clock-freeze').addEventListener('click', async () => {
    await call('POST', 'clock', { freeze: !clockFrozen }).catch((e) => setStatus(e.message, true));
    refresh();
  });

  refresh();
  window.setInterval(refresh, intervalMillis);
})();
