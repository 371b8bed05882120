// The jobs panel: one row per job with a preview of its image (its input until it completes, then its result), its
// parameters, and its actions (open the image, fail it, show its requests).
import { ADMIN, authorize, call, dropImage, loadImage, token } from './api.js';
import { badge, button, cell, el, emptyWhen, link, renderRows, setCount, setStatus, time } from './dom.js';

const previews = new Map(); // thumbnail path -> <img>, made once per image

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
    loadImage(img, job.thumbnail);
    previews.set(job.thumbnail, img);
  }
  return img;
}

function parameters(job) {
  const list = el('dl', null, 'params');
  const shown = [['operation', job.operation && job.operation !== 'edit' ? job.operation : null],
    ['model', job.model || 'flux (default)'], ['ratio', job.aspectRatio || '16:9 (default)'],
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

async function failJob(job, refresh) {
  const error = document.getElementById('jobs-error');
  error.textContent = '';
  try {
    await call('POST', 'jobs/' + encodeURIComponent(job.uuid) + '/fail', { message: 'Failed from the dashboard' });
  } catch (e) {
    error.textContent = e.message;
  }
  refresh();
}

function jobRow(job, actions) {
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
  const buttons = cell(row, '', 'actions');
  if (job.phase === 'completed' && job.uuid) {
    const a = buttons.appendChild(link(ADMIN + 'artifact/' + encodeURIComponent(job.uuid), 'open image'));
    a.addEventListener('click', openArtifact);
  }
  if (job.phase === 'active') {
    buttons.appendChild(button('fail this job', 'fail danger', () => failJob(job, actions.refresh)));
  }
  buttons.appendChild(button('its requests', 'filter', () => actions.filterRequests(job.uuid)));
  return row;
}

/** @param actions {refresh, filterRequests}: what the row's buttons call */
export function renderJobs(jobs, settings, actions) {
  renderRows('jobs', jobs, (j) => j.jobId, (j) => jobRow(j, actions));
  const wanted = new Set(jobs.map((j) => j.thumbnail));
  for (const [path, img] of previews) {
    if (!wanted.has(path)) {
      dropImage(img);
      previews.delete(path);
    }
  }
  setCount('jobs', jobs.length);
  emptyWhen('jobs', jobs.length === 0);
  for (const code of document.querySelectorAll('.api-path')) {
    code.textContent = 'POST ' + settings.baseUrl + '/images/flux-edit';
  }
}
