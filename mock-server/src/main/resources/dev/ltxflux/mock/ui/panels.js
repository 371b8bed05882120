// The smaller panels: settings, clock, planned faults, webhook deliveries, uploads and strict-mode drifts.
import { artifactCell, badge, cell, el, emptyWhen, renderRows, seconds, setCount, time } from './dom.js';

let clockFrozen = false;

export function isClockFrozen() {
  return clockFrozen;
}

function onOff(id, on, onText, offText) {
  const b = document.getElementById(id);
  b.textContent = on ? onText : offText;
  b.className = 'badge ' + (on ? 'on' : 'off');
}

/** The fault form's route list: every route a fault may name, as the mock says; the choice made is kept. */
function faultRoutes(names) {
  const select = document.getElementById('fault-route');
  if (!Array.isArray(names) || names.length === 0 || select.dataset.routes === names.join(',')) {
    return;
  }
  const chosen = select.value;
  const ordered = ['any', ...names.filter((n) => n !== 'any')];
  select.replaceChildren(...ordered.map((n) => el('option', n)));
  select.dataset.routes = names.join(',');
  select.value = ordered.includes(chosen) ? chosen : 'any';
}

export function renderSettings(s) {
  document.getElementById('base-url').textContent = s.baseUrl;
  onOff('strict-mode', s.strict, 'on', 'off');
  onOff('journal-mode', s.journal, 'kept (--journal)', 'off (no --journal)');
  onOff('admin-token-mode', s.adminTokenRequired, 'required', 'none');
  document.getElementById('job-duration').textContent = seconds(s.jobDurationMillis);
  document.getElementById('accounts').replaceChildren(...s.accounts.map((a) => el('span',
    a.email + ': ' + (a.creditsLeft < 0 ? 'unlimited credits' : a.creditsLeft + ' credits') + ', ' + a.maxJobs + ' at once',
    'account')));
  faultRoutes(s.faultRoutes);
}

export function renderClock(clock) {
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

export function renderFaults(faults) {
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
  emptyWhen('faults', faults.length === 0);
}

export function renderWebhooks(deliveries) {
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
  emptyWhen('webhooks', deliveries.length === 0);
}

export function renderUploads(uploads) {
  // a signed link changes with every read: the row is kept while the upload itself did not change
  renderRows('uploads', uploads, (u) => u.fileId + ' ' + u.account, (u) => {
    const row = el('tr');
    cell(row, u.fileId, 'id');
    cell(row, u.account);
    cell(row, u.mimeType);
    cell(row, u.bytes);
    cell(row, time(u.createdAt));
    artifactCell(row, u.url);
    return row;
  }, (u) => [u.fileId, u.account, u.mimeType, u.bytes, u.createdAt].join('|'));
  setCount('uploads', uploads.length);
}

export function renderDrifts(drifts, settings) {
  const list = document.getElementById('drifts');
  list.replaceChildren(...drifts.map((d) => el('li', d)));
  setCount('drifts', drifts.length);
  const empty = document.getElementById('drifts-empty');
  empty.hidden = drifts.length > 0;
  empty.textContent = settings.strict
    ? 'None: every answer and webhook the mock sent matched the schemas.'
    : 'Strict mode is off: answers are not checked against the schemas (start the mock with --strict to check them).';
}
