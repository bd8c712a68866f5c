// Owns the Credentials page, an admin's: every live personal token of this server with its owner,
// the filters (search, scope, expiry, disuse), the CSV of what they show, and revoking a token from
// its row, asked first in its dialog. Its list is list.js's. A member who opens it is told that it
// needs an admin, and nothing is asked.
import { showAllowedIps } from './addresses.js';
import { firstError, handled, sentence } from './api.js';
import { markIfBlocked } from './blocked.js';
import { confirmDialog } from './confirm.js';
import { $ } from './dom.js';
import { downloadList } from './download.js';
import { pagedList, searchBox } from './list.js';
import { SCOPES, scopeLabel } from './presets.js';
import { setTime } from './time.js';

const PATH = 'api/admin/personal_tokens';

/** The filters' selects: [id, query parameter]; each one's '' means any. */
const FILTERS = [
  ['credentials-scope', 'scope'],
  ['credentials-expires', 'expires_within_days'],
  ['credentials-unused', 'unused_for_days'],
];

/**
 * The page; {@code client} calls the API and fetches its files, {@code isAdmin()} says whether the
 * signed-in person is an admin.
 */
export function credentialsPage({ client, isAdmin }) {
  const api = client.call;
  let search = '';
  $('credentials-scope').replaceChildren(new Option('Any scope', ''),
    ...SCOPES.map((scope) => new Option(scope.label, scope.code)));

  /** The filters' part of an address: '&name=value...', read as they are now. */
  function query() {
    return '&search=' + encodeURIComponent(search) + FILTERS
      .filter(([id]) => $(id).value !== '')
      .map(([id, name]) => '&' + name + '=' + encodeURIComponent($(id).value))
      .join('');
  }

  const filtered = () => search !== '' || FILTERS.some(([id]) => $(id).value !== '');

  const list = pagedList({
    api,
    path: PATH,
    query,
    rowOf: tokenRow,
    ids: {
      body: 'credentials-body',
      table: 'credentials-table',
      message: 'credentials-error',
      pager: 'credentials-pager',
      pageInfo: 'credentials-page-info',
      previous: 'credentials-previous',
      next: 'credentials-next',
      empty: ['credentials-empty'],
    },
    whyEmpty: () => {
      $('credentials-empty-why').textContent = filtered()
        ? 'No live personal token matches these filters.'
        : 'No one here has a live personal token.';
      return $('credentials-empty');
    },
  });

  /** Says {@code text} on the page's status line ('' to say nothing), or {@code failure}. */
  function tell(text, failure = '') {
    $('credentials-message').textContent = text;
    $('credentials-error').textContent = failure;
  }

  const revoking = confirmDialog('revoke-token', {
    fill(token) {
      $('revoke-token-name').textContent = token.name;
      $('revoke-token-owner').textContent = token.owner.email;
      tell('');
    },
    act: (token) => api('DELETE', PATH + '/' + encodeURIComponent(token.uuid)),
    ok: (result) => result.status === 204,
    async done(token) {
      await list.load();
      tell('The token ' + token.name + ' of ' + token.owner.email
        + ' is revoked, and its owner was told.');
    },
  });

  /** Everything the server sent goes in as text (textContent, title, attributes), never as markup. */
  function tokenRow(token) {
    const row = $('credential-row').content.firstElementChild.cloneNode(true);
    const cell = (name) => row.querySelector('[data-field="' + name + '"]');
    row.dataset.uuid = token.uuid;
    cell('owner').textContent = token.owner.email;
    cell('name').querySelector('.token-name').textContent = token.name + ' (' + token.hint + ')';
    const description = cell('name').querySelector('.clamp');
    description.textContent = token.description || '';
    description.title = token.description || '';
    markIfBlocked(cell('name'), token);
    cell('scope').textContent = scopeLabel(token.scope);
    showAllowedIps(cell('allowed_ips'), token.allowed_ips);
    setTime(cell('created'), token.created);
    setTime(cell('expires_at'), token.expires_at);
    const used = cell('last_used_at');
    setTime(used, token.last_used_at, { otherwise: 'Never' });
    if (token.last_used_at && token.last_used_ip) {
      used.append(' from ' + token.last_used_ip);
    }
    const revoke = row.querySelector('button[data-action="revoke"]');
    revoke.setAttribute('aria-label', 'Revoke token ' + token.name + ' of ' + token.owner.email);
    revoke.addEventListener('click', () => revoking.ask(token));
    return row;
  }

  const csv = $('credentials-csv');
  csv.addEventListener('click', handled(async () => {
    csv.disabled = true;
    tell('');
    try {
      const result = await downloadList({
        client, path: PATH, query: query(), type: 'text/csv', name: 'personal-tokens.csv',
      });
      if (result.status !== 200) {
        tell('', sentence(firstError(result).detail));
      }
    } finally {
      csv.disabled = false;
    }
  }));

  searchBox('credentials-search', (text) => {
    search = text;
    return list.load(1);
  });
  FILTERS.forEach(([id]) => $(id).addEventListener('change', handled(() => list.load(1))));

  return {
    /** The page as opened from the menu: every live token, from page 1 - or, for a member, why not. */
    open() {
      const admin = isAdmin();
      $('credentials-needs-admin').hidden = admin;
      $('credentials-admin').hidden = !admin;
      $('credentials-csv').hidden = !admin;
      tell('');
      if (!admin) {
        return false;
      }
      search = '';
      $('credentials-search').value = '';
      FILTERS.forEach(([id]) => { $(id).value = ''; });
      return list.load(1);
    },
  };
}
