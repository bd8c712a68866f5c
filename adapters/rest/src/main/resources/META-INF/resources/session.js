// Owns signing in and out: who is signed in, their role and limits (and what they must do first: a
// password to change, two-factor sign-in to set up), the sign-in form, Sign out, an ended session.
import { firstError, handled, sentence } from './api.js';
import { $ } from './dom.js';
import { firstWayIn, returnToWhereSignInBegan, signInMethods } from './sign-in-methods.js';

/**
 * The session of the page: {@code client} calls the API, {@code pages} shows, {@code menu} closes,
 * {@code codeStep} asks for the second factor of an account that has one.
 */
export function pageSession({ client, pages, menu, codeStep }) {
  const api = client.call;
  let email = null;
  let role = null;
  let step = null;
  let limits = { maxLifetimeDays: 366, allowedScopes: ['global', 'read_only'] };

  /** What a new token may be, as {@code GET api/user/me} says: its longest lifetime, its scopes. */
  const limitsOf = (me) => ({
    maxLifetimeDays: me.max_token_lifetime_days,
    allowedScopes: me.allowed_scopes,
  });

  /** What {@code me} must do before anything else: the password first, as the server holds it. */
  const firstStepOf = (me) => {
    if (me.password_change_required) {
      return 'password';
    }
    return me.two_factor_required ? 'two-factor' : null;
  };

  /**
   * Asks the server who is signed in, with their role and limits, and shows their page or the
   * sign-in; a password link needs no one signed in and asks nothing.
   */
  async function start() {
    client.setSignedIn(false);
    if (pages.isPasswordLink()) {
      email = null;
      await pages.route();
      return;
    }
    const providerFailure = await signInMethods(api);
    const me = await api('GET', 'api/user/me');
    if (me.status === 200) {
      returnToWhereSignInBegan();
      limits = limitsOf(me.data.results);
      role = me.data.results.role;
      step = firstStepOf(me.data.results);
      signedIn(me.data.results.email);
    } else {
      showSignIn('');
      $('signin-provider-error').textContent = providerFailure;
    }
  }

  function closeDialogs() {
    document.querySelectorAll('dialog[open]').forEach((dialog) => dialog.close());
  }

  /** The sign-in form, with {@code message} as a failure and {@code notice} as news. */
  function showSignIn(message, notice = '') {
    email = null;
    role = null;
    step = null;
    client.setSignedIn(false);
    menu.showAdmin(false);
    pages.show('signin-view');
    // Said under the way in there is: the password form, or else the provider's button.
    const passwords = !$('signin-form').hidden;
    $('signin-error').textContent = passwords ? message : '';
    $('signin-provider-error').textContent = passwords ? '' : message;
    $('signin-notice').textContent = notice;
    firstWayIn().focus();
  }

  function signedIn(address) {
    email = address;
    client.setSignedIn(true);
    $('account-email').textContent = address;
    $('account-initial').textContent = address.charAt(0);
    menu.showAdmin(role === 'admin');
    pages.route();
  }

  $('signin-form').addEventListener('submit', handled(async (event) => {
    event.preventDefault();
    const address = $('signin-email').value.trim();
    const password = $('signin-password').value;
    $('signin-notice').textContent = '';
    if (!address || !password) {
      $('signin-error').textContent = 'Enter your email and your password.';
      return;
    }
    const result = await api('POST', 'api/session', { email: address, password });
    $('signin-password').value = '';
    if (result.status === 201) {
      $('signin-error').textContent = '';
      await start(); // the account as the server knows it, with its limits

    } else if (result.status === 401 && firstError(result).code === 'auth.otp.required') {
      codeStep.ask(address, password); // the password was right: now the code
    } else if (result.status === 401) {
      $('signin-error').textContent = 'The email or the password is wrong.';
      $('signin-password').focus();
    } else {
      // E.g. too many wrong passwords: the server says how long to wait, in words.
      $('signin-error').textContent = sentence(firstError(result).detail);
    }
  }));

  const signOut = handled(async () => {
    menu.close();
    await api('DELETE', 'api/session');
    location.hash = '';
    showSignIn('You are signed out.');
  });
  $('menu-sign-out').addEventListener('click', signOut);

  return {
    start: handled(start),
    /** The server no longer takes the session: every dialog closes, and the sign-in says why. */
    ended() {
      closeDialogs();
      showSignIn('Your session has ended. Sign in again.');
    },
    /** The server holds the session to a first step: every dialog closes, and the step opens. */
    heldBack() {
      closeDialogs();
      handled(start)();
    },
    /** A password was just set with a link: the sign-in, to use it. */
    passwordSet() {
      $('signin-form').reset(); // no one else's email left in it
      showSignIn('', 'Your password is set. Sign in with it.');
    },
    signedIn: () => email !== null,
    signOut,
    /** Who is signed in, as the Account page shows them. */
    account: () => ({ email, role }),
    /**
     * What must be done before anything else ('password', 'two-factor' or null), as the server
     * said when last asked.
     */
    firstStep: () => (email !== null ? step : null),
    /**
     * The required change is made: the page stays (now the Account page), the menu is back -
     * unless the policy requires two-factor sign-in, which is set up next.
     */
    async passwordChanged() {
      step = null;
      history.replaceState(null, '', '#/account');
      pages.show('account-view');
      const me = await api('GET', 'api/user/me');
      if (me.status === 200 && firstStepOf(me.data.results) !== null) {
        step = firstStepOf(me.data.results);
        await pages.route();
      }
    },
    /** The setup the policy required is done: the home page, with the menu. */
    twoFactorSetUp() {
      step = null;
      history.replaceState(null, '', '#/');
      pages.route();
    },
    /** Whether the one signed in is an admin of this server, as the server said at sign-in. */
    isAdmin: () => email !== null && role === 'admin',
    /**
     * What a new token may be - {maxLifetimeDays, allowedScopes} - as the server says now: an admin
     * may have changed the policy since sign-in. As it said last when it can't be asked.
     */
    async newTokenLimits() {
      const me = await api('GET', 'api/user/me');
      if (me.status === 200) {
        limits = limitsOf(me.data.results);
      }
      return limits;
    },
  };
}
