// Owns the rotate dialog, from a row's rotate icon: the rotate call and what the page says after.
import { firstError, handled } from './api.js';
import { $ } from './dom.js';

/** The dialog; {@code ask(token)} opens it; {@code created} shows the new key, {@code tokens} reloads. */
export function rotateDialog({ api, tokens, created }) {
  let rotating = null;

  $('rotate-cancel').addEventListener('click', () => $('rotate-dialog').close());

  $('rotate-form').addEventListener('submit', handled(async (event) => {
    event.preventDefault();
    const token = rotating;
    if (token === null) {
      return;
    }
    $('rotate-submit').disabled = true;
    const result = await api('POST', 'api/iam/personal_tokens/' + encodeURIComponent(token.uuid) + '/rotate', {});
    if (result.status === 201) {
      $('rotate-dialog').close();
      rotating = null;
      created.show(result.data.key);
      await tokens.load();
      tokens.tell('Personal token "' + token.name + '" rotated: the old token no longer works.');
    } else {
      $('rotate-error').textContent = firstError(result).detail;
      $('rotate-submit').disabled = false;
    }
  }));

  return {
    ask(token) {
      rotating = token;
      $('rotate-name').textContent = token.name;
      $('rotate-error').textContent = '';
      $('rotate-submit').disabled = false;
      tokens.tell('');
      $('rotate-dialog').showModal();
      $('rotate-submit').focus();
    },
  };
}
