// Owns signing in and out: who is signed in and their limits, the sign-in form, Sign out, an ended session.
import { firstError, handled, sentence } from './api.js';
import { $ } from './dom.js';

/** The session of the page: {@code client} calls the API, {@code pages} shows, {@code menu} closes. */
export function pageSession({ client, pages, menu }) {
  const api = client.call;
  let email = null;
  let maxLifetimeDays = 366;

  /** Asks the server who is signed in, with their limits, and shows their page or the sign-in. */
  async function start() {
    client.setSignedIn(false);
    const me = await api('GET', 'api/user/me');
    if (me.status === 200) {
      maxLifetimeDays = me.data.results.max_token_lifetime_days;
      signedIn(me.data.results.email);
    } else {
      showSignIn('');
    }
  }

  function showSignIn(message) {
    email = null;
    client.setSignedIn(false);
    pages.show('signin-view');
    $('signin-error').textContent = message;
    $('signin-email').focus();
  }

  function signedIn(address) {
    email = address;
    client.setSignedIn(true);
    $('account-email').textContent = address;
    $('account-initial').textContent = address.charAt(0);
    pages.route();
  }

  $('signin-form').addEventListener('submit', handled(async (event) => {
    event.preventDefault();
    const address = $('signin-email').value.trim();
    const password = $('signin-password').value;
    if (!address || !password) {
      $('signin-error').textContent = 'Enter your email and your password.';
      return;
    }
    const result = await api('POST', 'api/session', { email: address, password });
    $('signin-password').value = '';
    if (result.status === 201) {
      $('signin-error').textContent = '';
      await start(); // the account as the server knows it, with its limits

    } else if (result.status === 401) {
      $('signin-error').textContent = 'The email or the password is wrong.';
      $('signin-password').focus();
    } else {
      // E.g. too many wrong passwords: the server says how long to wait, in words.
      $('signin-error').textContent = sentence(firstError(result).detail);
    }
  }));

  $('menu-sign-out').addEventListener('click', handled(async () => {
    menu.close();
    await api('DELETE', 'api/session');
    location.hash = '';
    showSignIn('You are signed out.');
  }));

  return {
    start: handled(start),
    /** The server no longer takes the session: every dialog closes, and the sign-in says why. */
    ended() {
      document.querySelectorAll('dialog[open]').forEach((dialog) => dialog.close());
      showSignIn('Your session has ended. Sign in again.');
    },
    signedIn: () => email !== null,
    /** The longest a new token may live, in days, as the server said at sign-in. */
    maxLifetimeDays: () => maxLifetimeDays,
  };
}
