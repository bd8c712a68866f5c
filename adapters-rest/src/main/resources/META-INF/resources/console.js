'use strict';

// The Personal Tokens console. Everything the server sends is put into the page as text
// (textContent, value), never as markup. The session lives in an HttpOnly cookie this script
// can't read; every call carries X-Requested-With, which the server demands as proof that the
// request comes from this page and not from another site.
(() => {
  const PAGE_SIZE = 20;
  const $ = (id) => document.getElementById(id);
  const views = ['loading', 'signin-view', 'home-view', 'tokens-view'];
  const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

  const state = { email: null, page: 1, revealed: false, deleting: null };

  async function api(method, path, body) {
    const headers = { Accept: 'application/json', 'X-Requested-With': 'ptk-console' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    let response;
    try {
      response = await fetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch (e) {
      return { status: 0, data: null };
    }
    let data = null;
    if (response.status !== 204) {
      try {
        data = await response.json();
      } catch (e) {
        data = null;
      }
    }
    if (response.status === 401 && path !== 'api/session' && state.email !== null) {
      sessionEnded();
    }
    return { status: response.status, data };
  }

  function firstError(result) {
    if (result.status === 0) {
      return { detail: 'The server can\'t be reached. Check your connection and try again.' };
    }
    const errors = result.data && result.data.errors;
    return (errors && errors[0]) || { detail: 'Something went wrong (HTTP ' + result.status + '). Try again.' };
  }

  function show(view) {
    views.forEach((id) => { $(id).hidden = id !== view; });
    $('topbar').hidden = state.email === null;
  }

  function formatDate(iso) {
    if (!iso) {
      return null;
    }
    return dateFormat.format(new Date(iso));
  }

  function timeCell(iso, fallback) {
    const cell = document.createElement('td');
    if (iso) {
      const time = document.createElement('time');
      time.dateTime = iso;
      time.textContent = formatDate(iso);
      cell.append(time);
    } else {
      cell.textContent = fallback;
    }
    return cell;
  }

  // --- signing in and out ---

  async function start() {
    const me = await api('GET', 'api/user/me');
    if (me.status === 200) {
      signedIn(me.data.results.email);
    } else {
      showSignIn('');
    }
  }

  function showSignIn(message) {
    state.email = null;
    show('signin-view');
    $('signin-error').textContent = message;
    $('signin-email').focus();
  }

  function sessionEnded() {
    document.querySelectorAll('dialog[open]').forEach((dialog) => dialog.close());
    showSignIn('Your session has ended. Sign in again.');
  }

  function signedIn(email) {
    state.email = email;
    $('account-email').textContent = email;
    $('account-initial').textContent = email.charAt(0);
    route();
  }

  $('signin-form').addEventListener('submit', async (event) => {
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
  });

  $('menu-sign-out').addEventListener('click', async () => {
    closeMenu();
    await api('DELETE', 'api/session');
    location.hash = '';
    showSignIn('You are signed out.');
  });

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

  function route() {
    if (state.email === null) {
      return;
    }
    if (location.hash === '#/personal-tokens') {
      show('tokens-view');
      $('tokens-message').textContent = '';
      state.page = 1;
      loadTokens();
    } else {
      show('home-view');
    }
  }

  window.addEventListener('hashchange', route);

  // --- the list ---

  async function loadTokens() {
    const result = await api('GET', 'api/iam/personal_tokens?page=' + state.page + '&page_size=' + PAGE_SIZE);
    if (result.status !== 200) {
      if (result.status !== 401) {
        $('tokens-message').textContent = firstError(result).detail;
      }
      return;
    }
    const list = result.data;
    if (list.results.length === 0 && state.page > 1) {
      state.page -= 1;
      await loadTokens();
      return;
    }
    renderTokens(list);
  }

  function renderTokens(list) {
    const body = $('tokens-body');
    body.replaceChildren(...list.results.map(tokenRow));
    $('tokens-table').hidden = list.count === 0;
    $('tokens-empty').hidden = list.count !== 0;
    $('pager').hidden = list.total_pages <= 1;
    $('page-info').textContent = 'Page ' + state.page + ' of ' + list.total_pages;
    $('previous-page').disabled = list.links.previous === null;
    $('next-page').disabled = list.links.next === null;
  }

  function labelled(cell, label) {
    cell.dataset.label = label;
    return cell;
  }

  function tokenRow(token) {
    const row = document.createElement('tr');
    row.dataset.uuid = token.uuid;

    const name = document.createElement('td');
    name.className = 'name';
    name.textContent = token.name;

    const description = document.createElement('td');
    description.className = 'description';
    const text = document.createElement('span');
    text.className = 'clamp';
    text.textContent = token.description || '';
    text.title = token.description || '';
    description.append(text);

    const scope = document.createElement('td');
    scope.textContent = token.scope === 'global' ? 'Global' : token.scope;

    const expires = timeCell(token.expires_at, '');
    if (new Date(token.expires_at) <= new Date()) {
      expires.classList.add('expired');
      expires.append(' (expired)');
    }

    const actions = document.createElement('td');
    actions.className = 'row-actions';
    const trash = document.createElement('button');
    trash.type = 'button';
    trash.className = 'trash';
    trash.setAttribute('aria-label', 'Delete token ' + token.name);
    trash.title = 'Delete';
    trash.append($('trash-icon').content.cloneNode(true));
    trash.addEventListener('click', () => askToDelete(token));
    actions.append(trash);

    row.append(
      labelled(name, 'Name'),
      labelled(description, 'Description'),
      labelled(scope, 'Scope'),
      labelled(timeCell(token.last_modified, ''), 'Last modified'),
      labelled(expires, 'Expiration date'),
      labelled(timeCell(token.last_used_at, 'Never'), 'Last used'),
      actions,
    );
    return row;
  }

  $('previous-page').addEventListener('click', () => { state.page -= 1; loadTokens(); });
  $('next-page').addEventListener('click', () => { state.page += 1; loadTokens(); });

  // --- adding a token ---

  const fieldOf = { '/name': 'token-name', '/description': 'token-description', '/expires_at': 'token-expires' };

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

  $('add-form').addEventListener('submit', async (event) => {
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
    const result = await api('POST', 'api/iam/personal_tokens', {
      name,
      description: $('token-description').value.trim(),
      expires_at: expiresAt,
    });
    $('add-submit').disabled = false;
    if (result.status === 201) {
      $('add-dialog').close();
      showCreated(result.data.key);
      state.page = 1;
      loadTokens();
      return;
    }
    const error = firstError(result);
    const field = error.source && fieldOf[error.source.pointer];
    if (field) {
      fieldError(field, error.detail.charAt(0).toUpperCase() + error.detail.slice(1) + '.');
    } else if (result.status !== 401) {
      $('add-error').textContent = error.detail;
    }
  });

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

  function forgetCreated() {
    $('created-token').value = '';
    $('created-token').type = 'password';
    $('copy-feedback').textContent = '';
  }

  $('created-ok').addEventListener('click', () => $('created-dialog').close());
  // Escape closes it too: either way the token leaves the page.
  $('created-dialog').addEventListener('close', () => {
    forgetCreated();
    $('add-token').focus();
  });

  // --- deleting ---

  function askToDelete(token) {
    state.deleting = token;
    $('delete-name').textContent = token.name;
    $('delete-confirm').value = '';
    $('delete-error').textContent = '';
    $('delete-submit').disabled = true;
    $('tokens-message').textContent = '';
    $('delete-dialog').showModal();
    $('delete-confirm').focus();
  }

  $('delete-confirm').addEventListener('input', () => {
    $('delete-submit').disabled = $('delete-confirm').value !== 'delete';
  });

  $('delete-cancel').addEventListener('click', () => $('delete-dialog').close());

  $('delete-form').addEventListener('submit', async (event) => {
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
    } else if (result.status !== 401) {
      $('delete-error').textContent = firstError(result).detail;
      $('delete-submit').disabled = false;
    }
  });

  start();
})();
