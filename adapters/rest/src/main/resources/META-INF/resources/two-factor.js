// Owns the Two-factor sign-in page: whether it is on, setting it up (the QR code the server drew,
// the key, the app's first code), the recovery codes once (recovery-codes.js), turning it off.
import { firstError, handled, sentence } from './api.js';
import { $ } from './dom.js';

const PANELS = ['two-factor-off', 'two-factor-enrol', 'two-factor-recovery', 'two-factor-on'];
const SVG = 'http://www.w3.org/2000/svg';

/**
 * The page; {@code recovery} lists the recovery codes; {@code setUp} is told when a setup the
 * policy required is done, {@code signOut} signs out of a session that would rather not.
 */
export function twoFactorPage({ api, recovery, setUp, signOut }) {
  let required = false;

  function show(panel) {
    PANELS.forEach((id) => { $(id).hidden = id !== panel; });
  }

  function say({ message = '', error = '' } = {}) {
    $('two-factor-message').textContent = message;
    $('two-factor-error').textContent = error;
  }

  /** A refusal of {@code field}'s code, in the server's words, next to it. */
  function refuse(field, result) {
    $(field + '-error').textContent = sentence(firstError(result).detail);
    $(field).setAttribute('aria-invalid', 'true');
    $(field).focus();
  }

  function clearField(field) {
    $(field).value = '';
    $(field).removeAttribute('aria-invalid');
    $(field + '-error').textContent = '';
  }

  /** The enrolment's secret leaves the page: its QR code, its key, the code typed. */
  function forgetSecret() {
    $('two-factor-qr').replaceChildren();
    $('two-factor-secret').textContent = '';
    clearField('two-factor-code');
  }

  function showState(on) {
    clearField('two-factor-disable-code');
    show(on ? 'two-factor-on' : 'two-factor-off');
  }

  /** The server's SVG, parsed as an image of its own - never as the page's HTML - and shown. */
  function drawQr(text) {
    const svg = new DOMParser().parseFromString(text, 'image/svg+xml').documentElement;
    if (svg.namespaceURI === SVG && svg.localName === 'svg') {
      $('two-factor-qr').replaceChildren(document.importNode(svg, true));
    }
  }

  /** Opens the page; {@code mustSetUp} when the policy requires it and nothing else may open. */
  async function open(mustSetUp) {
    required = mustSetUp;
    $('two-factor-required').hidden = !mustSetUp;
    $('two-factor-leave').hidden = !mustSetUp;
    forgetSecret();
    recovery.forget();
    say();
    show(null);
    const me = await api('GET', 'api/user/me');
    if (me.status === 200) {
      showState(me.data.results.two_factor);
    } else {
      say({ error: sentence(firstError(me).detail) });
    }
  }

  $('two-factor-start').addEventListener('click', handled(async () => {
    say();
    const result = await api('POST', 'api/user/two_factor');
    if (result.status !== 200) {
      say({ error: sentence(firstError(result).detail) });
      return;
    }
    drawQr(result.data.qr_svg);
    $('two-factor-secret').textContent = result.data.secret.match(/.{1,4}/g).join(' ');
    show('two-factor-enrol');
    $('two-factor-code').focus();
  }));

  $('two-factor-cancel').addEventListener('click', () => {
    forgetSecret();
    showState(false);
  });

  $('two-factor-confirm-form').addEventListener('submit', handled(async (event) => {
    event.preventDefault();
    const result = await api('POST', 'api/user/two_factor/confirm',
      { code: $('two-factor-code').value.trim() });
    if (result.status === 200) {
      forgetSecret();
      recovery.show(result.data.recovery_codes);
      show('two-factor-recovery');
      $('two-factor-download').focus();
    } else if (result.status === 400) {
      refuse('two-factor-code', result);
    } else {
      say({ error: sentence(firstError(result).detail) });
    }
  }));

  $('two-factor-saved').addEventListener('click', () => {
    recovery.forget();
    if (required) {
      setUp(); // what the policy held back opens: the page leaves for the home page
      return;
    }
    showState(true);
    say({ message: 'Two-factor sign-in is on: signing in with your password now asks for a code.' });
  });

  $('two-factor-disable-form').addEventListener('submit', handled(async (event) => {
    event.preventDefault();
    say();
    const result = await api('DELETE', 'api/user/two_factor', undefined,
      { 'X-Ptk-Otp': $('two-factor-disable-code').value.trim() });
    if (result.status === 204) {
      showState(false);
      say({ message: 'Two-factor sign-in is off: your password alone signs you in.' });
    } else if (result.status === 400 || result.status === 429) {
      refuse('two-factor-disable-code', result);
    } else {
      say({ error: sentence(firstError(result).detail) });
    }
  }));

  $('two-factor-sign-out').addEventListener('click', signOut);

  return { open };
}
