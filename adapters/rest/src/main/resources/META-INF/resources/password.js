// Owns the Set your password page, opened by the one-time link an admin's action made
// (#/password/<secret>), without signing in. The secret goes nowhere but the body of the one call
// that sets the password: never into the page, and out of the address once it is used.
import { firstError, handled, sentence } from './api.js';
import { $ } from './dom.js';

/** The page; once the password is set, {@code done()} shows the sign-in. */
export function passwordPage({ api, done }) {
  let secret = null;

  // What a failed try said no longer holds once the person types again.
  $('password-form').addEventListener('input', () => { $('password-error').textContent = ''; });

  $('password-form').addEventListener('submit', handled(async (event) => {
    event.preventDefault();
    const password = $('new-password').value;
    $('password-error').textContent = '';
    if (!password) {
      $('password-error').textContent = 'Enter your new password twice.';
      $('new-password').focus();
      return;
    }
    if (password !== $('new-password-again').value) {
      $('password-error').textContent = 'The two passwords differ. Type the same one twice.';
      $('new-password-again').value = '';
      $('new-password-again').focus();
      return;
    }
    $('password-submit').disabled = true;
    let result;
    try {
      result = await api('POST', 'api/user/password', { link_token: secret, new_password: password });
    } finally {
      $('password-submit').disabled = false;
    }
    if (result.status === 204) {
      secret = null;
      $('password-form').reset();
      // The used link leaves the address, and the history, without a page load.
      history.replaceState(null, '', location.pathname + location.search);
      done();
    } else {
      $('password-error').textContent = sentence(firstError(result).detail);
    }
  }));

  return {
    /** The page for the link whose secret is {@code linkSecret}, its form empty. */
    open(linkSecret) {
      secret = linkSecret;
      $('password-form').reset();
      $('password-error').textContent = '';
      $('new-password').focus();
    },
  };
}
