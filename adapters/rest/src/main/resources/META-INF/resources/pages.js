// Owns which page is on screen: the views, the top bar, and the route from the address's #fragment.
// One route needs no sign-in: a one-time password link, #/password/<secret>.
import { handled } from './api.js';
import { CLI_LOGIN } from './cli-login.js';
import { $ } from './dom.js';

const VIEWS = ['loading', 'signin-view', 'home-view', 'tokens-view', 'log-view', 'people-view',
  'credentials-view', 'audit-view', 'password-view', 'account-view', 'two-factor-view', 'policy-view',
  'cli-login-view'];

const PASSWORD_LINK = '#/password/';

/**
 * The pages; {@code signedIn} says whether someone is, {@code firstStep} what they must do before
 * anything else ('password', 'two-factor' or null), {@code tokens}, {@code log}, {@code people}, {@code credentials}, {@code audit},
 * {@code policy}, {@code password}, {@code account}, {@code twoFactor} and {@code cliLogin} open theirs, {@code restart} asks again who is signed in.
 */
export function pageRouter({
  signedIn, firstStep, restart, tokens, log, people, credentials, audit, policy, password, account, twoFactor,
  cliLogin,
}) {
  /**
   * Shows {@code view} alone, with the top bar while signed in (but not on a password link, nor
   * while a first step must be taken: its menu would lead nowhere).
   */
  function show(view) {
    VIEWS.forEach((id) => { $(id).hidden = id !== view; });
    $('topbar').hidden = !signedIn() || view === 'password-view' || firstStep() !== null;
  }

  const isPasswordLink = () => location.hash.startsWith(PASSWORD_LINK);

  /** Opens the page the address names (the home page by default); nothing else while signed out. */
  const route = handled(async () => {
    if (isPasswordLink()) {
      show('password-view');
      password.open(location.hash.slice(PASSWORD_LINK.length));
    } else if (!signedIn()) {
      if (!$('password-view').hidden) {
        await restart(); // leaving a password link: to the sign-in, or the page of who is signed in
      }
    } else if (firstStep() === 'password') {
      show('account-view'); // whatever the address: nothing else works before the change
      account.open(true);
    } else if (firstStep() === 'two-factor') {
      show('two-factor-view'); // the same for the setup the policy requires
      await twoFactor.open(true);
    } else if (location.hash === '#/account') {
      show('account-view');
      account.open(false);
    } else if (location.hash === '#/personal-tokens') {
      show('tokens-view');
      await tokens.open();
    } else if (location.hash === '#/security-log') {
      show('log-view');
      await log.open();
    } else if (location.hash === '#/people') {
      show('people-view');
      await people.open();
    } else if (location.hash === '#/credentials') {
      show('credentials-view');
      await credentials.open();
    } else if (location.hash === '#/audit') {
      show('audit-view');
      await audit.open();
    } else if (location.hash === '#/two-factor') {
      show('two-factor-view');
      await twoFactor.open(false);
    } else if (location.hash === '#/policy') {
      show('policy-view');
      await policy.open();
    } else if (location.hash.startsWith(CLI_LOGIN)) {
      show('cli-login-view');
      await cliLogin.open(location.hash.slice(CLI_LOGIN.length));
    } else {
      show('home-view');
    }
  });

  window.addEventListener('hashchange', route);

  return { show, route, isPasswordLink };
}
