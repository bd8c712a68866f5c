// The list of tokens: one page at a time, rows made from the page's <template>, filtered by the
// search box on the server. A page number changes only once its page has loaded, and only the
// latest load may draw: a slow answer to an earlier click or keystroke can't overwrite a newer one.
import { api, firstError } from './api.js';
import { scopeLabel } from './presets.js';

const PAGE_SIZE = 20;
const $ = (id) => document.getElementById(id);
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

let page = 1;
let search = '';
let latestLoad = 0;
let onDelete = () => {};
let onRotate = () => {};

/** What clicking a row's trash icon does. */
export function whenDeleteAsked(handler) {
  onDelete = handler;
}

/** What clicking a row's rotate icon does. */
export function whenRotateAsked(handler) {
  onRotate = handler;
}

/** Shows the tokens whose name or description contains {@code text}, from page 1. */
export function searchTokens(text) {
  search = text;
  return loadTokens(1);
}

/** Loads page {@code wanted} (the current one by default); true once it is on screen. */
export async function loadTokens(wanted = page) {
  const load = ++latestLoad;
  const result = await api('GET', 'api/iam/personal_tokens?page=' + wanted + '&page_size=' + PAGE_SIZE
    + '&search=' + encodeURIComponent(search));
  if (load !== latestLoad) {
    return false;
  }
  if (result.status !== 200) {
    $('tokens-message').textContent = firstError(result).detail;
    return false;
  }
  const list = result.data;
  if (list.results.length === 0 && wanted > 1) {
    return loadTokens(wanted - 1); // the last page emptied, by a deletion here or elsewhere
  }
  page = wanted;
  $('tokens-message').textContent = ''; // what an earlier failed load said no longer holds
  render(list);
  return true;
}

function render(list) {
  $('tokens-body').replaceChildren(...list.results.map(tokenRow));
  $('tokens-table').hidden = list.count === 0;
  $('tokens-empty').hidden = list.count !== 0 || search !== '';
  $('tokens-no-match').hidden = list.count !== 0 || search === '';
  $('no-match-search').textContent = search;
  $('pager').hidden = list.total_pages <= 1;
  $('page-info').textContent = 'Page ' + page + ' of ' + list.total_pages;
  $('previous-page').disabled = list.links.previous === null;
  $('next-page').disabled = list.links.next === null;
}

function setTime(cell, iso, fallback) {
  if (iso) {
    const time = document.createElement('time');
    time.dateTime = iso;
    time.textContent = dateFormat.format(new Date(iso));
    cell.replaceChildren(time);
  } else {
    cell.textContent = fallback;
  }
}

/** Everything the server sent goes in as text (textContent, title), never as markup. */
function tokenRow(token) {
  const row = $('token-row').content.firstElementChild.cloneNode(true);
  const cell = (name) => row.querySelector('[data-field="' + name + '"]');
  row.dataset.uuid = token.uuid;
  cell('name').textContent = token.name;
  const description = cell('description').querySelector('.clamp');
  description.textContent = token.description || '';
  description.title = token.description || '';
  cell('scope').textContent = scopeLabel(token.scope);
  setTime(cell('last_modified'), token.last_modified, '');
  const expires = cell('expires_at');
  setTime(expires, token.expires_at, '');
  if (new Date(token.expires_at) <= new Date()) {
    expires.classList.add('expired');
    expires.append(' (expired)');
  }
  setTime(cell('last_used_at'), token.last_used_at, 'Never');
  cell('last_used_ip').textContent = token.last_used_ip || '';
  const rotate = row.querySelector('button.rotate');
  rotate.setAttribute('aria-label', 'Rotate token ' + token.name);
  rotate.addEventListener('click', () => onRotate(token));
  const trash = row.querySelector('button.trash');
  trash.setAttribute('aria-label', 'Delete token ' + token.name);
  trash.addEventListener('click', () => onDelete(token));
  return row;
}

export function nextPage() {
  return loadTokens(page + 1);
}

export function previousPage() {
  return loadTokens(page - 1);
}
