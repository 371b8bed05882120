// The ltxflux mock dashboard: polls /__admin/ltx/dashboard (one answer: every panel shows the same moment) and renders
// it. Every server value is inserted with textContent (ids, prompts and URLs may hold hostile text); links are built
// only from paths this page knows. Rows whose data did not change are kept, so nothing flickers or goes stale under a
// pointer between two polls.
'use strict';

(function () {
  const ADMIN = '/__admin/ltx/';
  const params = new URLSearchParams(window.location.search);
  const intervalMillis = Math.max(200, Number(params.get('interval')) || 1000);
  let clockFrozen = false;
  let latest = null;
  let requestFilter = '';
  // With --admin-token every admin call needs the token: asked once in the page, kept for this tab only.
  const TOKEN_KEY = 'ltxflux.adminToken';
  let tokenAsked = false;
  const rows = new Map(); // table id -> Map(key -> {signature, row})
  const previews = new Map(); // thumbnail path -> <img>, made once per image

  class Unauthorized extends Error {}

  function token() {
    return window.sessionStorage.getItem(TOKEN_KEY);
  }

  function authorize(init, given) {
    if (given) {
      init.headers['Authorization'] = 'Bearer ' + given;
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

  function seconds(millis) {
    return millis % 1000 === 0 ? (millis / 1000) + ' s' : millis + ' ms';
  }

  function link(href, text) {
    const a = el('a', text);
    a.href = href;
    a.target = '_blank';
    a.rel = 'noopener noreferrer';
    return a;
  }

  function button(text, className, onClick) {
    const b = el('button', text, className);
    b.type = 'button';
    b.addEventListener('click', onClick);
    return b;
  }

  function setCount(id, n) {
    document.getElementById(id + '-count').textContent = String(n);
  }

  function shortUuid(uuid) {
    return String(uuid).substring(0, 8);
  }

  // Puts one row per item in the table, reusing the row of an item whose data did not change.
  function renderRows(tableId, items, keyOf, build) {
    const known = rows.get(tableId) || new Map();
    const next = new Map();
    const out = [];
    const seen = new Map();
    for (const item of items) {
      // equal items (two uploads in one frozen instant) each get their own row: the key counts its repeats
      const base = keyOf(item);
      const repeat = seen.get(base) || 0;
      seen.set(base, repeat + 1);
      const key = base + '#' + repeat;
      const signature = JSON.stringify(item);
      const old = known.get(key);
      const row = old && old.signature === signature ? old.row : build(item);
      next.set(key, { signature: signature, row: row });
      out.push(row);
    }
    rows.set(tableId, next);
    document.querySelector('#' + tableId + ' tbody').replaceChildren(...out);
  }

  async function call(method, path, payload) {
    const init = { method: method, cache: 'no-store', headers: {} };
    if (payload !== undefined) {
      init.headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(payload);
    }
    const sent = token();
    const response = await fetch(ADMIN + path, authorize(init, sent));
    if (response.status === 401) {
      // a 401 to a call sent before the user gave a (new) token says nothing about that token: only the current one counts
      if (token() === sent) {
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

  // A small image of the job: its result once completed, its input before. An <img> cannot carry the admin token,
  // so with one the image is fetched with it and shown from a blob URL.
  function preview(job) {
    if (typeof job.thumbnail !== 'string' || !job.thumbnail.startsWith(ADMIN + 'jobs/')) {
      return el('span', '');
    }
    let img = previews.get(job.thumbnail);
    if (!img) {
      img = el('img', null, 'thumb ' + (job.thumbnailOf === 'result' ? 'result' : 'input'));
      img.alt = job.thumbnailOf === 'result' ? 'result' : 'input (the result shows once the job completes)';
      img.title = img.alt;
      img.width = 64;
      img.addEventListener('error', () => img.classList.add('missing'));
      if (token()) {
        fetch(job.thumbnail, authorize({ cache: 'default', headers: {} }, token()))
          .then((r) => (r.ok ? r.blob() : Promise.reject(new Error(String(r.status)))))
          .then((blob) => { img.src = URL.createObjectURL(blob); })
          .catch(() => img.classList.add('missing'));
      } else {
        img.src = job.thumbnail;
      }
      previews.set(job.thumbnail, img);
    }
    return img;
  }

  function parameters(job) {
    const list = el('dl', null, 'params');
    const shown = [['model', job.model || 'flux (default)'], ['ratio', job.aspectRatio || '16:9 (default)'],
      ['seed', job.seed === null || job.seed === undefined ? 'random' : job.seed], ['reference', job.referenceAssetId],
      ['replyUrl', job.replyUrl], ['replyRef', job.replyRef]];
    for (const [name, value] of shown) {
      if (value === null || value === undefined || value === '') {
        continue;
      }
      const item = el('div', null, 'param');
      item.dataset.param = name;
      item.appendChild(el('dt', name));
      item.appendChild(el('dd', value));
      list.appendChild(item);
    }
    return list;
  }

  function jobRow(job) {
    const row = el('tr');
    row.dataset.jobId = job.jobId;
    row.dataset.uuid = job.uuid;
    row.dataset.phase = job.phase;
    cell(row, '', 'preview').appendChild(preview(job));
    const id = cell(row, job.jobId, 'id');
    id.appendChild(el('div', job.account, 'muted'));
    cell(row, '').appendChild(badge(job.phase, job.phase));
    const progressCell = cell(row, '');
    const bar = el('progress');
    bar.max = 100;
    bar.value = Number(job.progress) || 0;
    progressCell.appendChild(bar);
    progressCell.appendChild(el('span', ' ' + (Number(job.progress) || 0) + '%', 'progress-text'));
    if (job.phase === 'failed') {
      progressCell.appendChild(el('div', job.failure || 'failed', 'failure'));
    }
    cell(row, '').appendChild(parameters(job));
    cell(row, job.prompt || '', 'prompt');
    cell(row, time(job.createdAt));
    const actions = cell(row, '', 'actions');
    if (job.phase === 'completed' && job.uuid) {
      const a = actions.appendChild(link(ADMIN + 'artifact/' + encodeURIComponent(job.uuid), 'open image'));
      a.addEventListener('click', openArtifact);
    }
    if (job.phase === 'active') {
      actions.appendChild(button('fail this job', 'fail danger', () => failJob(job)));
    }
    actions.appendChild(button('its requests', 'filter', () => filterRequests(job.uuid)));
    return row;
  }

  function renderJobs(jobs, settings) {
    renderRows('jobs', jobs, (j) => j.jobId, jobRow);
    const wanted = new Set(jobs.map((j) => j.thumbnail));
    for (const [path, img] of previews) {
      if (!wanted.has(path)) {
        if (img.src.startsWith('blob:')) {
          URL.revokeObjectURL(img.src);
        }
        previews.delete(path);
      }
    }
    setCount('jobs', jobs.length);
    document.getElementById('jobs-empty').hidden = jobs.length > 0;
    for (const code of document.querySelectorAll('.api-path')) {
      code.textContent = 'POST ' + settings.baseUrl + '/images/flux-edit';
    }
  }

  async function failJob(job) {
    const error = document.getElementById('jobs-error');
    error.textContent = '';
    try {
      await call('POST', 'jobs/' + encodeURIComponent(job.uuid) + '/fail', { message: 'Failed from the dashboard' });
    } catch (e) {
      error.textContent = e.message;
    }
    refresh();
  }

  function filterRequests(uuid) {
    requestFilter = uuid;
    document.getElementById('request-filter').value = uuid;
    if (latest) {
      renderRequests(latest.requests, latest.jobs, latest.settings);
    }
    document.getElementById('requests-section').scrollIntoView({ block: 'start' });
  }

  function renderFaults(faults) {
    renderRows('faults', faults, (f) => JSON.stringify(f), (f) => {
      const row = el('tr');
      row.dataset.route = f.route;
      cell(row, f.route);
      cell(row, f.action);
      cell(row, f.action === 'status' ? f.status : '');
      cell(row, f.action === 'delay' ? f.delayMillis : '');
      cell(row, f.times);
      return row;
    });
    setCount('faults', faults.length);
    document.getElementById('faults-empty').hidden = faults.length > 0;
  }

  function renderWebhooks(deliveries) {
    renderRows('webhooks', deliveries, (d) => d.jobId + ' ' + d.attempt + ' ' + d.at, (d) => {
      const row = el('tr');
      cell(row, d.jobId, 'id');
      cell(row, d.url, 'mono');
      cell(row, d.attempt);
      cell(row, '').appendChild(badge(d.status === 0 ? 'no answer' : d.status, d.delivered ? 'delivered' : 'undelivered'));
      cell(row, d.error || '');
      cell(row, time(d.at));
      return row;
    });
    setCount('webhooks', deliveries.length);
    document.getElementById('webhooks-empty').hidden = deliveries.length > 0;
  }

  function renderUploads(uploads) {
    renderRows('uploads', uploads, (u) => u.fileId + ' ' + u.account, (u) => {
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
      return row;
    });
    setCount('uploads', uploads.length);
  }

  function renderDrifts(drifts, settings) {
    const list = document.getElementById('drifts');
    list.replaceChildren(...drifts.map((d) => el('li', d)));
    setCount('drifts', drifts.length);
    const empty = document.getElementById('drifts-empty');
    empty.hidden = drifts.length > 0;
    empty.textContent = settings.strict
      ? 'None: every answer and webhook the mock sent matched the schemas.'
      : 'Strict mode is off: answers are not checked against the schemas (start the mock with --strict to check them).';
  }

  function requestRow(r) {
    const row = el('tr');
    row.dataset.status = r.status;
    if (r.jobUuid) {
      row.dataset.job = r.jobUuid;
    }
    cell(row, time(r.at));
    cell(row, r.method);
    const url = cell(row, r.decodedUrl || r.url, 'mono url');
    if (r.decodedUrl && r.decodedUrl !== r.url) {
      url.title = 'as sent: ' + r.url;
    }
    cell(row, '').appendChild(badge(r.status === 0 ? 'dropped' : r.status, r.status >= 400 || r.status === 0 ? 'failed' : 'completed'));
    cell(row, r.reason || '', 'reason');
    cell(row, r.millis);
    cell(row, r.body !== null && r.body !== undefined ? r.body : (r.bodyBytes ? r.bodyBytes + ' bytes' : ''), 'mono body');
    return row;
  }

  function renderRequests(requests, jobs, settings) {
    const select = document.getElementById('request-filter');
    const options = [el('option', 'all requests')];
    options[0].value = '';
    for (const job of jobs) {
      const o = el('option', 'job ' + shortUuid(job.uuid) + ' (' + job.phase + ')');
      o.value = job.uuid;
      options.push(o);
    }
    if (requestFilter && !jobs.some((j) => j.uuid === requestFilter)) {
      const gone = el('option', 'job ' + shortUuid(requestFilter) + ' (no longer held)');
      gone.value = requestFilter;
      options.push(gone);
    }
    const wanted = options.map((o) => o.value + '|' + o.textContent).join('\n');
    if (select.dataset.options !== wanted) {
      select.replaceChildren(...options);
      select.dataset.options = wanted;
    }
    select.value = requestFilter;
    const shown = requests.filter((r) => !requestFilter || r.jobUuid === requestFilter).slice(0, 100);
    renderRows('requests', shown, (r) => r.at + ' ' + r.method + ' ' + r.url + ' ' + r.status, requestRow);
    setCount('requests', requestFilter ? shown.length + ' of ' + requests.length : requests.length);
    const empty = document.getElementById('requests-empty');
    empty.hidden = shown.length > 0;
    if (!settings.journal) {
      empty.textContent = 'Requests are not listed: this mock was started without --journal (start it with --journal to list them here).';
    } else if (requestFilter) {
      empty.textContent = 'No request listed for job ' + shortUuid(requestFilter) + '.';
    } else {
      empty.textContent = 'No requests yet: requests to ' + settings.baseUrl + ' are listed here as they arrive.';
    }
  }

  function onOff(id, on, onText, offText) {
    const b = document.getElementById(id);
    b.textContent = on ? onText : offText;
    b.className = 'badge ' + (on ? 'on' : 'off');
  }

  function renderSettings(s) {
    document.getElementById('base-url').textContent = s.baseUrl;
    onOff('strict-mode', s.strict, 'on', 'off');
    onOff('journal-mode', s.journal, 'kept (--journal)', 'off (no --journal)');
    onOff('admin-token-mode', s.adminTokenRequired, 'required', 'none');
    document.getElementById('job-duration').textContent = seconds(s.jobDurationMillis);
    document.getElementById('accounts').replaceChildren(...s.accounts.map((a) => el('span',
      a.email + ': ' + (a.creditsLeft < 0 ? 'unlimited credits' : a.creditsLeft + ' credits') + ', ' + a.maxJobs + ' at once',
      'account')));
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
    if (!token()) {
      return;
    }
    event.preventDefault();
    const target = window.open('', '_blank');
    try {
      const response = await fetch(event.currentTarget.getAttribute('href'), authorize({ cache: 'no-store', headers: {} }, token()));
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
    const given = input.value.trim();
    if (!given) {
      return;
    }
    window.sessionStorage.setItem(TOKEN_KEY, given);
    input.value = '';
    tokenAsked = false;
    document.getElementById('token-form').hidden = true;
    refresh();
  });

  let polling = false;
  let again = false;
  async function refresh() {
    if (polling) {
      again = true; // asked while a poll is in flight (a token was just given, a button pressed): poll once more after it
      return;
    }
    polling = true;
    again = false;
    try {
      const view = await call('GET', 'dashboard');
      latest = view;
      renderSettings(view.settings);
      renderClock(view.clock);
      renderJobs(view.jobs, view.settings);
      renderRequests(view.requests, view.jobs, view.settings);
      renderFaults(view.faults);
      renderWebhooks(view.webhooks);
      renderUploads(view.uploads);
      renderDrifts(view.drifts, view.settings);
      setStatus('updated ' + new Date().toISOString().substring(11, 19) + ' UTC', false);
      document.body.dataset.state = 'loaded';
      document.body.dataset.loaded = 'true';
    } catch (e) {
      const message = e instanceof Unauthorized ? 'waiting for the admin token' : 'admin API unreachable: ' + e.message;
      setStatus(message, true);
      if (document.body.dataset.state !== 'loaded') {
        document.getElementById('loading-text').textContent = e instanceof Unauthorized
          ? 'Waiting for the admin token to load the mock\'s state.'
          : 'Could not load the mock\'s state (' + e.message + '); retrying every ' + seconds(intervalMillis) + '.';
      }
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

  document.getElementById('reset').addEventListener('click', async () => {
    try {
      await call('POST', 'reset', {});
      requestFilter = '';
      setStatus('reset: jobs, uploads, faults and requests forgotten', false);
    } catch (e) {
      setStatus('reset: ' + e.message, true);
    }
    refresh();
  });

  document.getElementById('request-filter').addEventListener('change', (event) => filterRequests(event.target.value));

  for (const b of document.querySelectorAll('[data-advance]')) {
    b.addEventListener('click', async () => {
      await call('POST', 'clock', { advanceMillis: Number(b.dataset.advance) }).catch((e) => setStatus(e.message, true));
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
