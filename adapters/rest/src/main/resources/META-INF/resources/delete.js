// Owns the delete dialog, for one token (a row's trash icon) or all of them (Revoke all).
import { firstError, handled } from './api.js';
import { $ } from './dom.js';
import { CONFIRMATION } from './presets.js';

/** Text in bold, as text. */
function strong(text) {
  const element = document.createElement('strong');
  element.textContent = text;
  return element;
}

/** The dialog; {@code ask(token)} opens it for one token, Revoke all for all; {@code tokens} reloads. */
export function deleteDialog({ api, tokens }) {
  /** What the dialog deletes when it is the Revoke all button's. */
  const ALL_TOKENS = Object.freeze({});
  let deleting = null;

  function open(what, title, ...text) {
    deleting = what;
    $('delete-title').textContent = title;
    $('delete-text').replaceChildren(...text);
    $('delete-submit').textContent = what === ALL_TOKENS ? 'Delete all' : 'Delete';
    $('delete-confirm').value = '';
    $('delete-error').textContent = '';
    $('delete-submit').disabled = true;
    tokens.tell('');
    $('delete-dialog').showModal();
    $('delete-confirm').focus();
  }

  $('revoke-all').addEventListener('click', () => open(ALL_TOKENS, 'Delete all personal tokens',
    'Deleting ', strong('all your personal tokens'),
    ' revokes every one at once: scripts, the command line and other services that use them stop'
    + ' working. You stay signed in here.'));

  $('delete-confirm').addEventListener('input', () => {
    $('delete-submit').disabled = $('delete-confirm').value !== CONFIRMATION;
  });

  $('delete-cancel').addEventListener('click', () => $('delete-dialog').close());

  $('delete-form').addEventListener('submit', handled(async (event) => {
    event.preventDefault();
    if ($('delete-confirm').value !== CONFIRMATION || deleting === null) {
      return;
    }
    const token = deleting;
    $('delete-submit').disabled = true;
    if (token === ALL_TOKENS) {
      await deleteAll();
      return;
    }
    const result = await api('DELETE', 'api/iam/personal_tokens/' + encodeURIComponent(token.uuid));
    if (result.status === 204 || result.status === 404) {
      $('delete-dialog').close();
      deleting = null;
      // Announced once the list no longer shows it, so that what is said is what is seen.
      await tokens.load();
      tokens.tell('Personal token "' + token.name + '" deleted.');
      $('add-token').focus();
    } else {
      $('delete-error').textContent = firstError(result).detail;
      $('delete-submit').disabled = false;
    }
  }));

  async function deleteAll() {
    const result = await api('POST', 'api/iam/personal_tokens/revoke_all', { confirm: CONFIRMATION });
    if (result.status === 200) {
      $('delete-dialog').close();
      deleting = null;
      await tokens.load(1);
      const count = result.data.revoked;
      tokens.tell(count === 1
        ? 'All personal tokens deleted: 1 token revoked.'
        : 'All personal tokens deleted: ' + count + ' tokens revoked.');
      $('add-token').focus();
    } else {
      $('delete-error').textContent = firstError(result).detail;
      $('delete-submit').disabled = false;
    }
  }

  return {
    ask: (token) => open(token, 'Delete personal token',
      'Deleting ', strong(token.name), ' revokes it at once: whatever uses it stops working.'),
  };
}
