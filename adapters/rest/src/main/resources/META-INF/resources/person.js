// Owns what an admin does to one person from their row of the People page: deactivate (asked
// first, in its dialog), reactivate, make admin or member, send a password link - each call, and
// what the page says after it, or the server's detail when it fails.
import { firstError, handled, sentence } from './api.js';
import { $ } from './dom.js';
import { confirmDialog } from './confirm.js';

/** "1 session", "2 sessions". */
function count(n, what) {
  return n + ' ' + what + (n === 1 ? '' : 's');
}

/**
 * The actions; {@code run(action, person)} does one. {@code people} reloads and tells,
 * {@code links} shows a password link just made.
 */
export function personActions({ api, people, links }) {
  const path = (person, action) => 'api/admin/accounts/' + encodeURIComponent(person.id) + '/' + action;

  const deactivating = confirmDialog('deactivate', {
    fill(person) {
      $('deactivate-email').textContent = person.email;
      people.tell('');
    },
    act: (person) => api('POST', path(person, 'deactivate'), {}),
    ok: (result) => result.status === 200,
    async done(person, result) {
      await people.load();
      people.tell(person.email + ' is deactivated: '
        + count(result.data.tokens_revoked, 'personal token') + ' revoked, '
        + count(result.data.sessions_ended, 'session') + ' ended.');
    },
  });

  /** The actions done at once: their call, and what the page says when it is done. */
  const AT_ONCE = {
    reactivate: {
      call: (person) => api('POST', path(person, 'reactivate'), {}),
      told: (person) => person.email + ' is active again and may sign in; none of their old tokens work.',
    },
    'make-admin': {
      call: (person) => api('PUT', path(person, 'role'), { role: 'admin' }),
      told: (person) => person.email + ' is now an admin.',
    },
    'make-member': {
      call: (person) => api('PUT', path(person, 'role'), { role: 'member' }),
      told: (person) => person.email + ' is now a member.',
    },
    'password-link': {
      call: (person) => api('POST', path(person, 'password_link'), {}),
      told: (person) => 'A new password link for ' + person.email + ' is made: any older one no longer works.',
      shown: (result) => links.show(result.data, 'A new password link'),
    },
  };

  async function atOnce(action, person) {
    people.tell('');
    const result = await action.call(person);
    if (result.status !== 200) {
      people.fail(sentence(firstError(result).detail));
      return;
    }
    if (action.shown) {
      action.shown(result);
    }
    await people.load();
    people.tell(action.told(person));
  }

  return {
    run: handled(async (action, person) => {
      if (action === 'deactivate') {
        deactivating.ask(person);
      } else {
        await atOnce(AT_ONCE[action], person);
      }
    }),
  };
}
