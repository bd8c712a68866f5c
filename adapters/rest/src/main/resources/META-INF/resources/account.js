// Owns the Account page: who is signed in, and the form to change their own password. It is also
// the page a session is held to when its password was generated or set by an operator: then it
// says why, and nothing else opens until the password is changed.
import { firstError, handled, sentence } from './api.js';
import { $ } from './dom.js';

const FIELD_OF = { '/current_password': 'current-password', '/new_password': 'changed-password' };

/**
 * The page; {@code account()} is who is signed in ({email, role}), {@code changed()} is told when a
 * required change was made, {@code signOut()} leaves instead.
 */
export function accountPage({ api, account, changed, signOut }) {
  let required = false;

  function fail(message, field) {
    $('change-error').textContent = message;
    $(field).focus();
  }

  // What a failed try said no longer holds once the person types again.
  $('change-form').addEventListener('input', () => { $('change-error').textContent = ''; });
  $('account-sign-out').addEventListener('click', signOut);

  $('change-form').addEventListener('submit', handled(async (event) => {
    event.preventDefault();
    const current = $('current-password').value;
    const password = $('changed-password').value;
    $('change-error').textContent = '';
    $('change-notice').textContent = '';
    if (!current) {
      fail('Enter your current password.', 'current-password');
      return;
    }
    if (!password) {
      fail('Enter your new password twice.', 'changed-password');
      return;
    }
    if (password !== $('changed-password-again').value) {
      $('changed-password-again').value = '';
      fail('The two new passwords differ. Type the same one twice.', 'changed-password-again');
      return;
    }
    $('change-submit').disabled = true;
    let result;
    try {
      result = await api('POST', 'api/user/password',
        { current_password: current, new_password: password });
    } finally {
      $('change-submit').disabled = false;
    }
    if (result.status === 204) {
      $('change-form').reset();
      if (required) {
        changed();
        show(false);
      }
      $('change-notice').textContent = 'Your password is changed. Your other sessions are signed'
        + ' out; your personal tokens keep working.';
    } else {
      const error = firstError(result);
      fail(sentence(error.detail), FIELD_OF[error.source && error.source.pointer] || 'current-password');
    }
  }));

  /** The page as an Account page, or as the change that is {@code mustChange} first. */
  function show(mustChange) {
    required = mustChange;
    $('account-title').textContent = mustChange ? 'Choose your own password' : 'Account';
    $('account-required').hidden = !mustChange;
    $('account-leave').hidden = !mustChange;
    $('account-fact-email').textContent = account().email;
    $('account-fact-role').textContent = account().role === 'admin' ? 'Admin' : 'Member';
  }

  return {
    /** The page, its form empty; {@code mustChange} when nothing else may open before it. */
    open(mustChange) {
      show(mustChange);
      $('change-form').reset();
      $('change-error').textContent = '';
      $('change-notice').textContent = '';
      $('current-password').focus();
    },
  };
}
