// The requests panel: the last requests, newest first, decoded for reading, filterable by the job they concern.
import { badge, cell, el, renderRows, setCount, shortUuid, time } from './dom.js';

let requestFilter = '';
let last = null; // the arguments of the last render, to re-render at once when the filter changes

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

function filterOptions(jobs) {
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
}

export function renderRequests(requests, jobs, settings) {
  last = [requests, jobs, settings];
  filterOptions(jobs);
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

/** Shows only the requests of the job with that uuid ('' for all), at once. */
export function filterRequests(uuid, scroll) {
  requestFilter = uuid;
  document.getElementById('request-filter').value = uuid;
  if (last) {
    renderRequests(...last);
  }
  if (scroll) {
    document.getElementById('requests-section').scrollIntoView({ block: 'start' });
  }
}
