// The Personal Tokens console: signing in and out, the account menu, the pages and the dialogs.
// Calls and the end of a session are api.js's, the list is tokens.js's, the choices presets.js's.
import { api, firstError, handled, setSignedIn, whenSessionEnds } from './api.js';
import { EXPIRY_PRESETS, SCOPES, fillOptions } from './presets.js';
import { loadTokens, nextPage, previousPage, whenDeleteAsked } from './tokens.js';

const $ = (id) => document.getElementById(id);
const views = ['loading', 'signin-view', 'home-view', 'tokens-view'];
const state = { email: null, revealed: false, deleting: null };

function show(view) {
  views.forEach((id) => { $(id).hidden = id !== view; });
  $('topbar').hidden = state.email === null;
}

// --- signing in and out ---

async function start() {
  setSignedIn(false);
  const me = await api('GET', 'api/user/me');
  if (me.status === 200) {
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
    signedIn(email.toLowerCase());
  } else if (result.status === 401) {
    $('signin-error').textContent = 'The email or the password is wrong.';
    $('signin-password').focus();
  } else {
    $('signin-error').textContent = firstError(result).detail;
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

// --- pages ---

const route = handled(async () => {
  if (state.email === null) {
    return;
  }
  if (location.hash === '#/personal-tokens') {
    show('tokens-view');
    $('tokens-message').textContent = '';
    await loadTokens(1);
  } else {
    show('home-view');
  }
});

window.addEventListener('hashchange', route);
$('previous-page').addEventListener('click', handled(previousPage));
$('next-page').addEventListener('click', handled(nextPage));

// --- adding a token ---

fillOptions($('token-expires'), EXPIRY_PRESETS, (preset) => preset.days, (preset) => preset.label);
fillOptions($('token-scope'), SCOPES, (scope) => scope.code, (scope) => scope.label);

const fieldOf = {
  '/name': 'token-name',
  '/description': 'token-description',
  '/expires_at': 'token-expires',
  '/scope': 'token-scope',
};

function clearFieldErrors() {
  Object.values(fieldOf).forEach((id) => {
    $(id).removeAttribute('aria-invalid');
    $(id + '-error').textContent = '';
  });
  $('add-error').textContent = '';
}

function fieldError(id, message) {
  $(id).setAttribute('aria-invalid', 'true');
  $(id + '-error').textContent = message;
  $(id).focus();
}

$('add-token').addEventListener('click', () => {
  $('add-form').reset();
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
  const days = Number($('token-expires').value);
  const expiresAt = new Date(Date.now() + days * 24 * 60 * 60 * 1000).toISOString();
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

whenDeleteAsked((token) => {
  state.deleting = token;
  $('delete-name').textContent = token.name;
  $('delete-confirm').value = '';
  $('delete-error').textContent = '';
  $('delete-submit').disabled = true;
  $('tokens-message').textContent = '';
  $('delete-dialog').showModal();
  $('delete-confirm').focus();
});

$('delete-confirm').addEventListener('input', () => {
  $('delete-submit').disabled = $('delete-confirm').value !== 'delete';
});

$('delete-cancel').addEventListener('click', () => $('delete-dialog').close());

$('delete-form').addEventListener('submit', handled(async (event) => {
  event.preventDefault();
  if ($('delete-confirm').value !== 'delete' || state.deleting === null) {
    return;
  }
  const token = state.deleting;
  $('delete-submit').disabled = true;
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

handled(start)();
