// The admin API as the dashboard calls it: same origin only, the admin token (when the mock has one) asked once and
// kept for this tab, a 401 turned into a request for the token rather than an error.
export const ADMIN = '/__admin/ltx/';
const TOKEN_KEY = 'ltxflux.adminToken';
let tokenAsked = false;

/** The admin API refused the call for want of the (right) admin token. */
export class Unauthorized extends Error {}

export function token() {
  return window.sessionStorage.getItem(TOKEN_KEY);
}

export function authorize(init, given) {
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

/** Keeps a token the user gave for this tab; the next 401 may ask again. */
export function useToken(given) {
  window.sessionStorage.setItem(TOKEN_KEY, given);
  tokenAsked = false;
  document.getElementById('token-form').hidden = true;
}

/** One admin call: its JSON answer, or an Error with the server's reason. */
export async function call(method, path, payload) {
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

/**
 * Shows the image at {@code path} (same origin) in {@code img}. An <img> cannot carry the admin token, so an admin path
 * with a token is fetched with it and shown from a blob URL; other paths (signed /artifacts/ links) load as they are.
 */
export function loadImage(img, path) {
  img.addEventListener('error', () => img.classList.add('missing'));
  if (token() && path.startsWith(ADMIN)) {
    fetch(path, authorize({ cache: 'default', headers: {} }, token()))
      .then((r) => (r.ok ? r.blob() : Promise.reject(new Error(String(r.status)))))
      .then((blob) => { img.src = URL.createObjectURL(blob); })
      .catch(() => img.classList.add('missing'));
  } else {
    img.src = path;
  }
  return img;
}

/** Frees an image made by {@link loadImage}. */
export function dropImage(img) {
  if (img.src.startsWith('blob:')) {
    URL.revokeObjectURL(img.src);
  }
}
