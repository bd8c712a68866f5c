// The Personal Tokens console: signing in and out, the account menu, the pages and the dialogs.
// Calls and the end of a session are api.js's, the list is tokens.js's, the choices presets.js's.
import { api, firstError, handled, setSignedIn, whenSessionEnds } from './api.js';
import { CONFIRMATION, EXPIRY_PRESETS, SCOPES, fillOptions } from './presets.js';
import { fillTypes, loadLog, nextLogPage, previousLogPage } from './log.js';
import {
  loadTokens, nextPage, previousPage, searchTokens, whenDeleteAsked, whenRotateAsked,
} from './tokens.js';

const $ = (id) => document.getElementById(id);
const views = ['loading', 'signin-view', 'home-view', 'tokens-view', 'log-view'];
const state = { email: null, maxLifetimeDays: 366, revealed: false, deleting: null, rotating: null };
const DAY = 24 * 60 * 60 * 1000;
/** What the delete dialog deletes when it is the Revoke all button's. */
const ALL_TOKENS = {};

function show(view) {
  views.forEach((id) => { $(id).hidden = id !== view; });
  $('topbar').hidden = state.email === null;
}

// --- signing in and out ---

async function start() {
  setSignedIn(false);
  const me = await api('GET', 'api/user/me');
  if (me.status === 200) {
    state.maxLifetimeDays = me.data.results.max_token_lifetime_days;
    signedIn(me.data.results.email);
  } else {
    showSignIn('');
  }
}

function showSignIn(message) {
  state.email = null;
  setSignedIn(false);
  show('signin-view');
  $('signin-error').textContent = message;
  $('signin-email').focus();
}

whenSessionEnds(() => {
  document.querySelectorAll('dialog[open]').forEach((dialog) => dialog.close());
  showSignIn('Your session has ended. Sign in again.');
});

function signedIn(email) {
  state.email = email;
  setSignedIn(true);
  $('account-email').textContent = email;
  $('account-initial').textContent = email.charAt(0);
  route();
}

$('signin-form').addEventListener('submit', handled(async (event) => {
  event.preventDefault();
  const email = $('signin-email').value.trim();
  const password = $('signin-password').value;
  if (!email || !password) {
    $('signin-error').textContent = 'Enter your email and your password.';
    return;
  }
  const result = await api('POST', 'api/session', { email, password });
  $('signin-password').value = '';
  if (result.status === 201) {
    $('signin-error').textContent = '';
    await start(); // the account as the server knows it, with its limits

  } else if (result.status === 401) {
    $('signin-error').textContent = 'The email or the password is wrong.';
    $('signin-password').focus();
  } else {
    // E.g. too many wrong passwords: the server says how long to wait, in words.
    const detail = firstError(result).detail;
    $('signin-error').textContent = detail.charAt(0).toUpperCase() + detail.slice(1) + '.';
  }
}));

$('menu-sign-out').addEventListener('click', handled(async () => {
  closeMenu();
  await api('DELETE', 'api/session');
  location.hash = '';
  showSignIn('You are signed out.');
}));

// --- the account menu ---

function openMenu() {
  $('account-menu').hidden = false;
  $('account-button').setAttribute('aria-expanded', 'true');
  $('menu-personal-tokens').focus();
}

function closeMenu() {
  $('account-menu').hidden = true;
  $('account-button').setAttribute('aria-expanded', 'false');
}

$('account-button').addEventListener('click', () => {
  if ($('account-menu').hidden) {
    openMenu();
  } else {
    closeMenu();
  }
});

$('account-menu').addEventListener('keydown', (event) => {
  const items = Array.from($('account-menu').querySelectorAll('a, button'));
  const at = items.indexOf(document.activeElement);
  if (event.key === 'Escape') {
    closeMenu();
    $('account-button').focus();
  } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
    event.preventDefault();
    const step = event.key === 'ArrowDown' ? 1 : items.length - 1;
    items[(at + step) % items.length].focus();
  }
});

document.addEventListener('click', (event) => {
  if (!event.target.closest('.account')) {
    closeMenu();
  }
});

$('menu-personal-tokens').addEventListener('click', closeMenu);
$('menu-security-log').addEventListener('click', closeMenu);

// --- pages ---

const route = handled(async () => {
  if (state.email === null) {
    return;
  }
  if (location.hash === '#/personal-tokens') {
    show('tokens-view');
    $('tokens-message').textContent = '';
    $('tokens-search').value = '';
    await searchTokens('');
  } else if (location.hash === '#/security-log') {
    show('log-view');
    $('log-type').value = '';
    await loadLog(1);
  } else {
    show('home-view');
  }
});

window.addEventListener('hashchange', route);
fillTypes($('log-type'));
$('log-type').addEventListener('change', handled(() => loadLog(1)));
$('log-previous').addEventListener('click', handled(previousLogPage));
$('log-next').addEventListener('click', handled(nextLogPage));
$('previous-page').addEventListener('click', handled(previousPage));
$('next-page').addEventListener('click', handled(nextPage));

// The search runs once typing pauses, so that each keystroke doesn't cost a call.
let searchTimer = null;
$('tokens-search').addEventListener('input', () => {
  clearTimeout(searchTimer);
  searchTimer = setTimeout(handled(() => searchTokens($('tokens-search').value.trim())), 300);
});

// --- adding a token ---

fillOptions($('token-expires'), EXPIRY_PRESETS, (preset) => preset.days, (preset) => preset.label);
$('token-expires').append(new Option('Custom date', 'custom'));

/** YYYY-MM-DD of the day {@code days} after today, in the user's time zone. */
function localDate(days) {
  const day = new Date(Date.now() + days * DAY);
  const pad = (n) => String(n).padStart(2, '0');
  return day.getFullYear() + '-' + pad(day.getMonth() + 1) + '-' + pad(day.getDate());
}

/** A custom date may be tomorrow at the earliest, and at most the server's maximum away. */
function showCustomDate() {
  const custom = $('token-expires').value === 'custom';
  $('custom-date').hidden = !custom;
  if (custom) {
    const input = $('token-expires-date');
    input.min = localDate(1);
    input.max = localDate(state.maxLifetimeDays - 1);
    $('token-expires-date-hint').textContent = 'From ' + input.min + ' to ' + input.max
      + ' (the longest a token may live here); it expires as that day begins.';
  }
}

$('token-expires').addEventListener('change', showCustomDate);

/** The instant the chosen expiry stands for, or null (with the field's error shown). */
function chosenExpiry() {
  if ($('token-expires').value !== 'custom') {
    return new Date(Date.now() + Number($('token-expires').value) * DAY).toISOString();
  }
  const input = $('token-expires-date');
  if (!input.value || input.value < input.min || input.value > input.max) {
    fieldError('token-expires-date', 'Choose a date from ' + input.min + ' to ' + input.max + '.');
    return null;
  }
  const [year, month, day] = input.value.split('-').map(Number);
  return new Date(year, month - 1, day).toISOString();
}
fillOptions($('token-scope'), SCOPES, (scope) => scope.code, (scope) => scope.label);

const fieldOf = {
  '/name': 'token-name',
  '/description': 'token-description',
  '/expires_at': 'token-expires',
  '/scope': 'token-scope',
};

/** Where each field's error is written: the date shares the "Expires in" line. */
const errorOf = (id) => $(id === 'token-expires-date' ? 'token-expires-error' : id + '-error');

function clearFieldErrors() {
  [...Object.values(fieldOf), 'token-expires-date'].forEach((id) => {
    $(id).removeAttribute('aria-invalid');
    errorOf(id).textContent = '';
  });
  $('add-error').textContent = '';
}

function fieldError(id, message) {
  $(id).setAttribute('aria-invalid', 'true');
  errorOf(id).textContent = message;
  $(id).focus();
}

$('add-token').addEventListener('click', () => {
  $('add-form').reset();
  showCustomDate();
  clearFieldErrors();
  $('tokens-message').textContent = '';
  $('add-dialog').showModal();
  $('token-name').focus();
});

$('add-cancel').addEventListener('click', () => $('add-dialog').close());

$('add-form').addEventListener('submit', handled(async (event) => {
  event.preventDefault();
  clearFieldErrors();
  const name = $('token-name').value.trim();
  if (!name) {
    fieldError('token-name', 'Personal Token name is required.');
    return;
  }
  const expiresAt = chosenExpiry();
  if (expiresAt === null) {
    return;
  }
  $('add-submit').disabled = true;
  let result;
  try {
    result = await api('POST', 'api/iam/personal_tokens', {
      name,
      description: $('token-description').value.trim(),
      expires_at: expiresAt,
      scope: $('token-scope').value,
    });
  } finally {
    $('add-submit').disabled = false;
  }
  if (result.status === 201) {
    $('add-dialog').close();
    showCreated(result.data.key);
    await loadTokens(1);
    return;
  }
  const error = firstError(result);
  const field = error.source && fieldOf[error.source.pointer];
  if (field) {
    fieldError(field, error.detail.charAt(0).toUpperCase() + error.detail.slice(1) + '.');
  } else {
    $('add-error').textContent = error.detail;
  }
}));

// --- the new token, shown once ---

function showCreated(key) {
  const input = $('created-token');
  input.value = key;
  input.type = 'password';
  state.revealed = false;
  $('reveal-token').setAttribute('aria-pressed', 'false');
  $('reveal-token').setAttribute('aria-label', 'Show token');
  $('copy-feedback').textContent = '';
  $('created-dialog').showModal();
  $('copy-token').focus();
}

$('reveal-token').addEventListener('click', () => {
  state.revealed = !state.revealed;
  $('created-token').type = state.revealed ? 'text' : 'password';
  $('reveal-token').setAttribute('aria-pressed', String(state.revealed));
  $('reveal-token').setAttribute('aria-label', state.revealed ? 'Hide token' : 'Show token');
});

$('copy-token').addEventListener('click', async () => {
  const copied = (await copyWithClipboardApi()) || copyBySelecting();
  $('copy-feedback').textContent = copied
    ? 'Copied to the clipboard.'
    : 'Copying failed: show the token and copy it by hand.';
});

async function copyWithClipboardApi() {
  try {
    await navigator.clipboard.writeText($('created-token').value);
    return true;
  } catch (e) {
    return false; // no clipboard API where the page is not a secure context (plain http by IP)
  }
}

function copyBySelecting() {
  const input = $('created-token');
  const type = input.type;
  input.type = 'text';
  input.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch (e) {
    copied = false;
  }
  input.setSelectionRange(0, 0);
  input.type = type;
  return copied;
}

$('created-ok').addEventListener('click', () => $('created-dialog').close());
// Escape closes it too: either way the token leaves the page.
$('created-dialog').addEventListener('close', () => {
  $('created-token').value = '';
  $('created-token').type = 'password';
  $('copy-feedback').textContent = '';
  $('add-token').focus();
});

// --- deleting ---

/** The delete dialog, for one token or, from Revoke all, for every one. */
function askToDelete(what, title, ...text) {
  state.deleting = what;
  $('delete-title').textContent = title;
  $('delete-text').replaceChildren(...text);
  $('delete-submit').textContent = what === ALL_TOKENS ? 'Delete all' : 'Delete';
  $('delete-confirm').value = '';
  $('delete-error').textContent = '';
  $('delete-submit').disabled = true;
  $('tokens-message').textContent = '';
  $('delete-dialog').showModal();
  $('delete-confirm').focus();
}

/** Text in bold, as text. */
function strong(text) {
  const element = document.createElement('strong');
  element.textContent = text;
  return element;
}

whenDeleteAsked((token) => askToDelete(token, 'Delete personal token',
  'Deleting ', strong(token.name), ' revokes it at once: whatever uses it stops working.'));

$('revoke-all').addEventListener('click', () => askToDelete(ALL_TOKENS, 'Delete all personal tokens',
  'Deleting ', strong('all your personal tokens'),
  ' revokes every one at once: scripts, the command line and other services that use them stop'
  + ' working. You stay signed in here.'));

$('delete-confirm').addEventListener('input', () => {
  $('delete-submit').disabled = $('delete-confirm').value !== CONFIRMATION;
});

$('delete-cancel').addEventListener('click', () => $('delete-dialog').close());

$('delete-form').addEventListener('submit', handled(async (event) => {
  event.preventDefault();
  if ($('delete-confirm').value !== CONFIRMATION || state.deleting === null) {
    return;
  }
  const token = state.deleting;
  $('delete-submit').disabled = true;
  if (token === ALL_TOKENS) {
    await deleteAll();
    return;
  }
  const result = await api('DELETE', 'api/iam/personal_tokens/' + encodeURIComponent(token.uuid));
  if (result.status === 204 || result.status === 404) {
    $('delete-dialog').close();
    state.deleting = null;
    // Announced once the list no longer shows it, so that what is said is what is seen.
    await loadTokens();
    $('tokens-message').textContent = 'Personal token "' + token.name + '" deleted.';
    $('add-token').focus();
  } else {
    $('delete-error').textContent = firstError(result).detail;
    $('delete-submit').disabled = false;
  }
}));

async function deleteAll() {
  const result = await api('POST', 'api/iam/personal_tokens/revoke_all', { confirm: CONFIRMATION });
  if (result.status === 200) {
    $('delete-dialog').close();
    state.deleting = null;
    await loadTokens(1);
    const count = result.data.revoked;
    $('tokens-message').textContent = count === 1
      ? 'All personal tokens deleted: 1 token revoked.'
      : 'All personal tokens deleted: ' + count + ' tokens revoked.';
    $('add-token').focus();
  } else {
    $('delete-error').textContent = firstError(result).detail;
    $('delete-submit').disabled = false;
  }
}

// --- rotating ---

whenRotateAsked((token) => {
  state.rotating = token;
  $('rotate-name').textContent = token.name;
  $('rotate-error').textContent = '';
  $('rotate-submit').disabled = false;
  $('tokens-message').textContent = '';
  $('rotate-dialog').showModal();
  $('rotate-submit').focus();
});

$('rotate-cancel').addEventListener('click', () => $('rotate-dialog').close());

$('rotate-form').addEventListener('submit', handled(async (event) => {
  event.preventDefault();
  const token = state.rotating;
  if (token === null) {
    return;
  }
  $('rotate-submit').disabled = true;
  const result = await api('POST', 'api/iam/personal_tokens/' + encodeURIComponent(token.uuid) + '/rotate', {});
  if (result.status === 201) {
    $('rotate-dialog').close();
    state.rotating = null;
    showCreated(result.data.key);
    await loadTokens();
    $('tokens-message').textContent = 'Personal token "' + token.name + '" rotated: the old token no longer works.';
  } else {
    $('rotate-error').textContent = firstError(result).detail;
    $('rotate-submit').disabled = false;
  }
}));

handled(start)();
