// The panels of the API's newer state: the scheduler (running jobs with a Stop button, free slots per account), the
// accounts of the live ledger (balances, never a cookie) and every account's assets (newest first, thumbnails, filter,
// pages). Each reads the same dashboard answer as the other panels.
import { ADMIN, call, dropImage, loadImage } from './api.js';
import { artifactCell, button, cell, el, emptyWhen, renderRows, setCount, time } from './dom.js';

const ASSET_LIMIT = 12;
const assetQuery = { page: 1, filter: '' };
const thumbs = new Map(); // asset id -> <img>, made once per asset (its signed link changes with every read)

/** The dashboard read's query for the assets panel: its page and filter. */
export function assetParameters() {
  const q = new URLSearchParams({ assetPage: String(assetQuery.page), assetLimit: String(ASSET_LIMIT) });
  if (assetQuery.filter) {
    q.set('assetFilter', assetQuery.filter);
  }
  return q.toString();
}

async function stop(job, refresh) {
  const error = document.getElementById('scheduler-error');
  error.textContent = '';
  try {
    await call('DELETE', 'scheduler/' + encodeURIComponent(job.uuid));
  } catch (e) {
    error.textContent = e.message;
  }
  refresh();
}

export function renderScheduler(scheduler, refresh) {
  renderRows('scheduler', scheduler.running, (j) => j.jobId, (j) => {
    const row = el('tr');
    row.dataset.jobId = j.jobId;
    row.dataset.uuid = j.uuid;
    cell(row, j.jobId, 'id');
    cell(row, j.account);
    cell(row, time(j.started));
    cell(row, j.elapsed, 'elapsed');
    cell(row, j.replyRef || '', 'reply-ref');
    cell(row, '', 'actions').appendChild(button('Stop', 'stop danger', () => stop(j, refresh)));
    return row;
  });
  setCount('scheduler', scheduler.running.length);
  emptyWhen('scheduler', scheduler.running.length === 0);
  document.getElementById('scheduler-slots').replaceChildren(...scheduler.available.map((s) => {
    const item = el('li', s.email + ': ' + s.executing + ' of ' + s.maxJobs + ' running, ', 'slots');
    item.dataset.email = s.email;
    item.dataset.available = String(s.available);
    item.appendChild(el('strong', s.available + ' available'));
    return item;
  }));
}

export function renderAccounts(accounts) {
  renderRows('ledger-accounts', accounts, (a) => a.email, (a) => {
    const row = el('tr');
    row.dataset.email = a.email;
    cell(row, a.email, 'id');
    cell(row, a.maxJobs);
    cell(row, a.executing);
    cell(row, a.available);
    cell(row, a.unlimited ? 'unlimited (' + a.balance + ')' : a.balance, 'balance');
    cell(row, a.latestJobAt ? time(a.latestJobAt) : 'none yet');
    cell(row, '…secured…', 'muted'); // the cookie is a secret: the mock keeps none, and the page never shows one
    return row;
  });
  setCount('accounts', accounts.length);
  emptyWhen('accounts', accounts.length === 0);
}

function thumbnail(asset) {
  if (typeof asset.thumbnail !== 'string' || !asset.thumbnail.startsWith(ADMIN + 'assets/')) {
    return el('span', asset.kind, 'muted');
  }
  let img = thumbs.get(asset.id);
  if (!img) {
    img = el('img', null, 'asset-thumb');
    img.alt = asset.fileId;
    img.width = 64;
    loadImage(img, asset.thumbnail);
    thumbs.set(asset.id, img);
  }
  return img;
}

export function renderAssets(page) {
  renderRows('assets', page.items, (a) => a.id + ' ' + a.account, (a) => {
    const row = el('tr');
    row.dataset.id = a.id;
    row.dataset.kind = a.kind;
    cell(row, '', 'preview').appendChild(thumbnail(a));
    const id = cell(row, a.fileId, 'id');
    if (a.jobId) {
      id.appendChild(el('div', 'made by ' + a.jobId, 'muted'));
    }
    cell(row, a.account);
    cell(row, a.mimeType);
    cell(row, time(a.createdAt));
    artifactCell(row, a.url);
    return row;
  }, (a) => [a.id, a.account, a.kind, a.mimeType, a.createdAt, a.jobId].join('|'));
  const wanted = new Set(page.items.map((a) => a.id));
  for (const [id, img] of thumbs) {
    if (!wanted.has(id)) {
      dropImage(img);
      thumbs.delete(id);
    }
  }
  setCount('assets', page.totalItems);
  const empty = document.getElementById('assets-empty');
  empty.hidden = page.items.length > 0;
  empty.textContent = page.totalItems > 0 ? 'No assets on page ' + page.page + ': there are ' + page.totalPages + '.'
    : (page.filter ? 'No ' + page.filter + ' held.' : 'No assets yet: uploads and the images of completed jobs are listed here.');
  document.getElementById('asset-page').textContent = 'page ' + page.page + ' of ' + Math.max(1, page.totalPages);
  document.getElementById('asset-prev').disabled = page.page <= 1;
  document.getElementById('asset-next').disabled = page.page >= page.totalPages;
}

/** Wires the filter and the pager; {@code refresh} reads the dashboard again with the new page. */
export function wireAssets(refresh) {
  document.getElementById('asset-filter').addEventListener('change', (event) => {
    assetQuery.filter = event.target.value;
    assetQuery.page = 1;
    refresh();
  });
  document.getElementById('asset-prev').addEventListener('click', () => {
    assetQuery.page = Math.max(1, assetQuery.page - 1);
    refresh();
  });
  document.getElementById('asset-next').addEventListener('click', () => {
    assetQuery.page += 1;
    refresh();
  });
}
