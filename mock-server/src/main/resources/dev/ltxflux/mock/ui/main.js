// The ltxflux mock dashboard: polls /__admin/ltx/dashboard (one answer: every panel shows the same moment) and renders
// it with the panel modules. Links are built only from paths this page knows. Until the first answer the page shows
// its loading state (body[data-state=loading]), never a panel that claims to be empty.
import { Unauthorized, call, useToken } from './api.js';
import { seconds, setStatus } from './dom.js';
import { renderJobs } from './jobs.js';
import { assetParameters, renderAccounts, renderAssets, renderScheduler, wireAssets } from './ledger.js';
import { isClockFrozen, renderClock, renderDrifts, renderFaults, renderSettings, renderUploads, renderWebhooks } from './panels.js';
import { filterRequests, renderRequests } from './requests.js';

const params = new URLSearchParams(window.location.search);
const intervalMillis = Math.max(200, Number(params.get('interval')) || 1000);
const jobActions = { refresh: refresh, filterRequests: (uuid) => filterRequests(uuid, true) };

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
    const view = await call('GET', 'dashboard?' + assetParameters());
    renderSettings(view.settings);
    renderClock(view.clock);
    renderJobs(view.jobs, view.settings, jobActions);
    renderScheduler(view.scheduler, refresh);
    renderAccounts(view.accounts);
    renderAssets(view.assets);
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

document.getElementById('token-form').addEventListener('submit', (event) => {
  event.preventDefault();
  const input = document.getElementById('admin-token');
  const given = input.value.trim();
  if (!given) {
    return;
  }
  useToken(given);
  input.value = '';
  refresh();
});

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
    filterRequests('', false);
    setStatus('reset: jobs, uploads, faults and requests forgotten', false);
  } catch (e) {
    setStatus('reset: ' + e.message, true);
  }
  refresh();
});

document.getElementById('request-filter').addEventListener('change', (event) => filterRequests(event.target.value, true));

for (const b of document.querySelectorAll('[data-advance]')) {
  b.addEventListener('click', async () => {
    await call('POST', 'clock', { advanceMillis: Number(b.dataset.advance) }).catch((e) => setStatus(e.message, true));
    refresh();
  });
}

document.getElementById('clock-freeze').addEventListener('click', async () => {
  await call('POST', 'clock', { freeze: !isClockFrozen() }).catch((e) => setStatus(e.message, true));
  refresh();
});

wireAssets(refresh);
refresh();
window.setInterval(refresh, intervalMillis);
