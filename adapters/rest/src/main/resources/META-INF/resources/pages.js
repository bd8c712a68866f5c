// Owns which page is on screen: the views, the top bar, and the route from the address's #fragment.
// One route needs no sign-in: a one-time password link, #/password/<secret>.
import { handled } from './api.js';
import { $ } from './dom.js';

const VIEWS = ['loading', 'signin-view', 'home-view', 'tokens-view', 'log-view', 'people-view',
  'credentials-view', 'audit-view', 'policy-view', 'password-view'];

const PASSWORD_LINK = '#/password/';

/**
 * The pages; {@code signedIn} says whether someone is, {@code tokens}, {@code log}, {@code people},
 * {@code credentials}, {@code audit}, {@code policy} and {@code password} open theirs, {@code restart} asks again who is signed in.
 */
export function pageRouter({
  signedIn, restart, tokens, log, people, credentials, audit, policy, password,
}) {
  /** Shows {@code view} alone, with the top bar while signed in (but not on a password link). */
  function show(view) {
    VIEWS.forEach((id) => { $(id).hidden = id !== view; });
    $('topbar').hidden = !signedIn() || view === 'password-view';
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
    } else if (location.hash === '#/policy') {
      show('policy-view');
      await policy.open();
    } else {
      show('home-view');
    }
  });

  window.addEventListener('hashchange', route);

  return { show, route, isPasswordLink };
}
