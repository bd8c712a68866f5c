// The security log: the account's events, newest first, a page at a time, filtered by type on the
// server. As in the token list, only the latest load may draw.
import { api, firstError } from './api.js';

const PAGE_SIZE = 20;
const $ = (id) => document.getElementById(id);
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/** Each type of event in words; the command line's 'ptk audit' uses the same. */
export const EVENT_WORDS = {
  'session.created': 'Signed in',
  'session.failed': 'Wrong password',
  'session.ended': 'Signed out',
  'token.created': 'Token created',
  'token.revoked': 'Token revoked',
  'token.revoked_all': 'All tokens revoked',
  'token.rotated': 'Token rotated',
  'token.reuse_detected': 'Rotated token reused: family revoked',
  'token.revoked_leaked': 'Token revoked: reported as leaked',
  'token.expiry_notice': 'Expiry notice sent',
  'password.reset': 'Password reset',
};

let page = 1;
let latestLoad = 0;

/** Fills the type filter: every kind of event, or all. */
export function fillTypes(select) {
  select.replaceChildren(new Option('All events', ''),
    ...Object.entries(EVENT_WORDS).map(([code, words]) => new Option(words, code)));
}

/** Loads page {@code wanted} of the events of the chosen type; true once it is on screen. */
export async function loadLog(wanted = page) {
  const load = ++latestLoad;
  const type = $('log-type').value;
  const result = await api('GET', 'api/audit_events?page=' + wanted + '&page_size=' + PAGE_SIZE
    + (type ? '&type=' + encodeURIComponent(type) : ''));
  if (load !== latestLoad) {
    return false;
  }
  if (result.status !== 200) {
    $('log-message').textContent = firstError(result).detail;
    return false;
  }
  page = wanted;
  $('log-message').textContent = '';
  const list = result.data;
  $('log-body').replaceChildren(...list.results.map(eventRow));
  $('log-table').hidden = list.count === 0;
  $('log-empty').hidden = list.count !== 0;
  $('log-pager').hidden = list.total_pages <= 1;
  $('log-page-info').textContent = 'Page ' + page + ' of ' + list.total_pages;
  $('log-previous').disabled = list.links.previous === null;
  $('log-next').disabled = list.links.next === null;
  return true;
}

/** Everything the server sent goes in as text, never as markup. */
function eventRow(event) {
  const row = $('log-row').content.firstElementChild.cloneNode(true);
  const cell = (name) => row.querySelector('[data-field="' + name + '"]');
  const time = document.createElement('time');
  time.dateTime = event.created;
  time.textContent = dateFormat.format(new Date(event.created));
  cell('created').replaceChildren(time);
  const words = EVENT_WORDS[event.type] || event.type;
  cell('type').textContent = event.detail ? words + ' (' + event.detail + ')' : words;
  cell('token').textContent = event.token ? event.token.name + ' (' + event.token.hint + ')' : '';
  cell('ip').textContent = event.ip || '';
  const client = cell('user_agent').querySelector('.clamp');
  client.textContent = event.user_agent || '';
  client.title = event.user_agent || '';
  return row;
}

export function nextLogPage() {
  return loadLog(page + 1);
}

export function previousLogPage() {
  return loadLog(page - 1);
}
