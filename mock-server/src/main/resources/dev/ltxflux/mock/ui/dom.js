// Small DOM helpers. Every server value goes in with textContent (ids, prompts and URLs may hold hostile text).
const rows = new Map(); // table id -> Map(key -> {signature, row})

export function el(tag, text, className) {
  const node = document.createElement(tag);
  if (text !== undefined && text !== null) {
    node.textContent = String(text);
  }
  if (className) {
    node.className = className;
  }
  return node;
}

export function cell(row, text, className) {
  const td = el('td', text, className);
  row.appendChild(td);
  return td;
}

export function badge(text, kind) {
  return el('span', text, 'badge ' + kind);
}

export function time(iso) {
  if (!iso) {
    return '';
  }
  const d = new Date(iso);
  return isNaN(d.getTime()) ? String(iso) : d.toISOString().substring(11, 19);
}

export function seconds(millis) {
  return millis % 1000 === 0 ? (millis / 1000) + ' s' : millis + ' ms';
}

export function link(href, text) {
  const a = el('a', text);
  a.href = href;
  a.target = '_blank';
  a.rel = 'noopener noreferrer';
  return a;
}

/** A cell with an "open" link to a mock artifact path (/artifacts/...); empty for any other URL. */
export function artifactCell(row, url) {
  const td = cell(row, '');
  if (typeof url === 'string' && url.startsWith('/artifacts/')) {
    td.appendChild(link(url, 'open'));
  }
  return td;
}

export function button(text, className, onClick) {
  const b = el('button', text, className);
  b.type = 'button';
  b.addEventListener('click', onClick);
  return b;
}

export function setCount(id, n) {
  document.getElementById(id + '-count').textContent = String(n);
}

export function shortUuid(uuid) {
  return String(uuid).substring(0, 8);
}

/** Shows the panel's "empty" line when it has no items. */
export function emptyWhen(id, none) {
  document.getElementById(id + '-empty').hidden = !none;
}

export function setStatus(text, down) {
  const status = document.getElementById('status');
  status.textContent = text;
  status.className = down ? 'status down' : 'status';
}

/**
 * Puts one row per item in the table, reusing the row of an item whose signature (by default its JSON) did not change,
 * so nothing flickers or goes stale under a pointer between two polls.
 */
export function renderRows(tableId, items, keyOf, build, signatureOf) {
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
    const signature = signatureOf ? signatureOf(item) : JSON.stringify(item);
    const old = known.get(key);
    const row = old && old.signature === signature ? old.row : build(item);
    next.set(key, { signature: signature, row: row });
    out.push(row);
  }
  rows.set(tableId, next);
  document.querySelector('#' + tableId + ' tbody').replaceChildren(...out);
}
