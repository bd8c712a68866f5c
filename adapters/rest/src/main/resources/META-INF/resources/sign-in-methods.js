// Owns the ways in on the sign-in page: the identity provider's button where the server has one,
// the password form where passwords sign in, and why a sign-in through the provider failed.
import { $ } from './dom.js';

/**
 * What the page says when a sign-in through the provider failed, by the code the server put in the
 * address it sent the browser back to: only a code, so that no link can put words on this page.
 */
const FAILURES = {
  'oidc.denied': 'The sign-in was cancelled at the identity provider.',
  'oidc.state':
    'That sign-in could not be finished: it began in another browser, was used already or took'
    + ' over ten minutes. Sign in again.',
  'oidc.code': 'The identity provider did not confirm the sign-in. Sign in again.',
  'oidc.token':
    "The identity provider's answer could not be verified, so you were not signed in.",
  'oidc.unavailable': "The identity provider can't be reached right now. Try again in a moment.",
  'oidc.email_unverified':
    'The identity provider does not say your email address is verified, so it cannot sign you in'
    + ' here. Ask its administrator.',
  'oidc.email_taken':
    'An account here with your email address signs in as someone else of the identity provider.'
    + ' Ask an admin of this server.',
  'auth.account.deactivated': 'This account is deactivated. Ask an admin of this server.',
  'oidc.off': 'This server signs in with no identity provider.',
};
const FALLBACK = 'The sign-in through the identity provider failed. Try again.';

/**
 * The page a sign-in through the provider began on (e.g. a command-line login's), kept in this
 * tab while the browser is away: the provider sends it back to the console's address only.
 */
const RETURN_TO = 'ptk-return-to';

$('signin-provider-link').addEventListener('click', () => {
  if (location.hash.startsWith('#/') && location.hash.length > 2) {
    sessionStorage.setItem(RETURN_TO, location.hash);
  }
});

/** Back from the provider, signed in: to the page the sign-in began on, if it was one. */
export function returnToWhereSignInBegan() {
  const page = sessionStorage.getItem(RETURN_TO);
  sessionStorage.removeItem(RETURN_TO);
  if (page !== null && location.hash === '') {
    history.replaceState(null, '', location.pathname + page);
  }
}

/**
 * Asks the server how people sign in here and lays the sign-in page out for it; answers the
 * sentence of a failed sign-in through the provider the browser just came back from, or ''.
 */
export async function signInMethods(api) {
  const failure = new URLSearchParams(location.search).get('sign_in_error');
  if (failure !== null) {
    // Said once: a reload, a bookmark or a shared link shows the plain sign-in.
    history.replaceState(null, '', location.pathname + location.hash);
  }
  const methods = await api('GET', 'api/session/methods');
  // Unknown (the server can't be reached): the password form, as before single sign-on.
  const known = methods.status === 200;
  const passwords = !known || methods.data.password_sign_in;
  // Absent (not null) without one: the answer leaves out what it doesn't have.
  const provider = known ? (methods.data.provider ?? null) : null;
  $('signin-form').hidden = !passwords;
  $('signin-provider').hidden = provider === null;
  // "or with your password" only between the two ways in.
  $('signin-or').hidden = !passwords || provider === null;
  if (provider !== null) {
    $('signin-provider-link').textContent = `Sign in with ${provider}`;
  }
  return failure === null ? '' : (FAILURES[failure] ?? FALLBACK);
}

/** Where the sign-in page's keyboard focus starts: the first way in it shows. */
export function firstWayIn() {
  return $('signin-form').hidden ? $('signin-provider-link') : $('signin-email');
}
