// Owns the Personal Tokens page: its list's rows, the search box, its empty states, its status line.
import { showAllowedIps } from './addresses.js';
import { markIfBlocked } from './blocked.js';
import { $ } from './dom.js';
import { pagedList, searchBox } from './list.js';
import { scopeLabel } from './presets.js';
import { setTime } from './time.js';

/**
 * The page; a row's rotate icon asks {@code onRotate}, its trash icon {@code onDelete}, each with
 * the row's token.
 */
export function tokensPage({ api, onDelete, onRotate }) {
  let search = '';

  const list = pagedList({
    api,
    path: 'api/iam/personal_tokens',
    query: () => '&search=' + encodeURIComponent(search),
    rowOf: tokenRow,
    ids: {
      body: 'tokens-body',
      table: 'tokens-table',
      message: 'tokens-message',
      pager: 'pager',
      pageInfo: 'page-info',
      previous: 'previous-page',
      next: 'next-page',
      empty: ['tokens-empty', 'tokens-no-match'],
    },
    whyEmpty: () => {
      $('no-match-search').textContent = search;
      return $(search === '' ? 'tokens-empty' : 'tokens-no-match');
    },
  });

  /** Everything the server sent goes in as text (textContent, title), never as markup. */
  function tokenRow(token) {
    const row = $('token-row').content.firstElementChild.cloneNode(true);
    const cell = (name) => row.querySelector('[data-field="' + name + '"]');
    row.dataset.uuid = token.uuid;
    cell('name').textContent = token.name;
    markIfBlocked(cell('name'), token);
    const description = cell('description').querySelector('.clamp');
    description.textContent = token.description || '';
    description.title = token.description || '';
    cell('scope').textContent = scopeLabel(token.scope);
    showAllowedIps(cell('allowed_ips'), token.allowed_ips);
    setTime(cell('last_modified'), token.last_modified);
    const expires = cell('expires_at');
    setTime(expires, token.expires_at);
    if (new Date(token.expires_at) <= new Date()) {
      expires.classList.add('expired');
      expires.append(' (expired)');
    }
    setTime(cell('last_used_at'), token.last_used_at, { otherwise: 'Never' });
    cell('last_used_ip').textContent = token.last_used_ip || '';
    const rotate = row.querySelector('button.rotate');
    rotate.setAttribute('aria-label', 'Rotate token ' + token.name);
    rotate.addEventListener('click', () => onRotate(token));
    const trash = row.querySelector('button.trash');
    trash.setAttribute('aria-label', 'Delete token ' + token.name);
    trash.addEventListener('click', () => onDelete(token));
    return row;
  }

  /** Shows the tokens whose name or description contains {@code text}, from page 1. */
  function searchFor(text) {
    search = text;
    return list.load(1);
  }

  searchBox('tokens-search', searchFor);

  return {
    /** The page as opened from the menu: every token, from page 1, nothing said. */
    open() {
      $('tokens-message').textContent = '';
      $('tokens-search').value = '';
      return searchFor('');
    },
    /** Loads page {@code wanted} (the current one by default); true once it is on screen. */
    load: (wanted) => list.load(wanted),
    /** Says {@code text} on the page's status line ('' to say nothing). */
    tell(text) {
      $('tokens-message').textContent = text;
    },
  };
}
