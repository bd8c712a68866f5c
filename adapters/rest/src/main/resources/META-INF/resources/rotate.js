// Owns the rotate dialog, from a row's rotate icon: the rotate call and what the page says after.
import { $ } from './dom.js';
import { confirmDialog } from './confirm.js';

/** The dialog; {@code ask(token)} opens it; {@code created} shows the new key, {@code tokens} reloads. */
export function rotateDialog({ api, tokens, created }) {
  return confirmDialog('rotate', {
    fill(token) {
      $('rotate-name').textContent = token.name;
      tokens.tell('');
    },
    act: (token) => api('POST', 'api/iam/personal_tokens/' + encodeURIComponent(token.uuid) + '/rotate', {}),
    ok: (result) => result.status === 201,
    async done(token, result) {
      created.show(result.data.key);
      await tokens.load();
      tokens.tell('Personal token "' + token.name + '" rotated: the old token no longer works.');
    },
  });
}
