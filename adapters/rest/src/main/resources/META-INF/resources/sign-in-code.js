// Owns the sign-in's second step, for an account with two-factor sign-in: the code of the app or a
// recovery code, sent with the first step's email and password, which it keeps only until the step
// ends - never longer, and never anywhere but in this closure.
import { firstError, handled, sentence } from './api.js';
import { $ } from './dom.js';

/** The step; once it signed in, {@code done()} asks the server who is. */
export function signInCodeStep({ api, done }) {
  let credentials = null;

  function showSecond(second) {
    $('signin-form').hidden = second;
    $('signin-code-form').hidden = !second;
  }

  /** Back to the first step, what it was given forgotten; {@code message} says why. */
  function back(message) {
    credentials = null;
    $('signin-code-form').reset();
    $('signin-code-error').textContent = '';
    showSecond(false);
    $('signin-error').textContent = message;
    $('signin-password').focus();
  }

  $('signin-code-back').addEventListener('click', () => back(''));

  $('signin-code-form').addEventListener('submit', handled(async (event) => {
    event.preventDefault();
    const otp = $('signin-code').value.trim();
    if (!otp) {
      $('signin-code-error').textContent = 'Enter the code your app shows.';
      return;
    }
    const result = await api('POST', 'api/session', { ...credentials, otp });
    $('signin-code').value = '';
    const code = firstError(result).code;
    if (result.status === 201) {
      credentials = null;
      showSecond(false);
      await done();
    } else if (result.status === 401 && code === 'auth.otp.invalid') {
      $('signin-code-error').textContent =
        'That code is wrong or was used already. Enter the next code your app shows.';
      $('signin-code').focus();
    } else if (result.status === 401) {
      back('The email or the password is wrong.'); // changed since the first step, say
    } else {
      // E.g. too many wrong codes: the server says how long to wait, in words.
      $('signin-code-error').textContent = sentence(firstError(result).detail);
    }
  }));

  return {
    /** Asks for the second factor of the account that {@code email} and {@code password} open. */
    ask(email, password) {
      credentials = { email, password };
      $('signin-code-error').textContent = '';
      $('signin-error').textContent = '';
      showSecond(true);
      $('signin-code').focus();
    },
  };
}
