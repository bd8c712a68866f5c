// Owns the Add a personal token dialog: its fields and errors, the expiry, the create call.
import { firstError, handled, sentence } from './api.js';
import { $ } from './dom.js';
import { EXPIRY_PRESETS, SCOPES, fillOptions } from './presets.js';

const DAY = 24 * 60 * 60 * 1000;

/** Which field each error's source pointer is about. */
const FIELD_OF = {
  '/name': 'token-name',
  '/description': 'token-description',
  '/expires_at': 'token-expires',
  '/scope': 'token-scope',
  '/allowed_ips': 'token-allowed-ips',
};

/** Where each field's error is written: the date shares the "Expires in" line. */
const errorOf = (id) => $(id === 'token-expires-date' ? 'token-expires-error' : id + '-error');

/** YYYY-MM-DD of the day {@code days} after today, in the user's time zone. */
function localDate(days) {
  const day = new Date(Date.now() + days * DAY);
  const pad = (n) => String(n).padStart(2, '0');
  return day.getFullYear() + '-' + pad(day.getMonth() + 1) + '-' + pad(day.getDate());
}

function clearFieldErrors() {
  [...Object.values(FIELD_OF), 'token-expires-date'].forEach((id) => {
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

/** The addresses typed, separated by commas or spaces; none when the field is empty. */
function typedAddresses() {
  return $('token-allowed-ips').value.split(/[\s,]+/).filter((entry) => entry !== '');
}

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

/**
 * {@code choices} (of presets.js, in their order) as the options of {@code select}: the one marked
 * selected preselected, else the last - the longest expiry left when the policy took the usual one.
 */
function offer(select, choices, value, label) {
  const usual = choices.some((choice) => choice.selected);
  const marked = choices.map((choice, i) => ({
    ...choice, selected: usual ? choice.selected === true : i === choices.length - 1,
  }));
  fillOptions(select, marked, value, label);
}

/**
 * The dialog, opened by Add a personal token; the new token is shown by {@code created}, then
 * {@code tokens} reloads. It offers what {@code limits()} says a new token may be now: the expiries
 * within its longest lifetime (a custom date up to it), and its scopes.
 */
export function addDialog({ api, tokens, created, limits }) {
  let maxLifetimeDays = 1;

  /** The choices a new token has within {@code allowed}: those of presets.js that it allows. */
  function offerWithin(allowed) {
    maxLifetimeDays = allowed.maxLifetimeDays;
    offer($('token-expires'), EXPIRY_PRESETS.filter((preset) => preset.days <= maxLifetimeDays),
      (preset) => preset.days, (preset) => preset.label);
    if (maxLifetimeDays >= 2) { // a custom date is tomorrow at the earliest
      $('token-expires').append(new Option('Custom date', 'custom'));
    }
    const scopes = SCOPES.filter((scope) => allowed.allowedScopes.includes(scope.code));
    offer($('token-scope'), scopes, (scope) => scope.code, (scope) => scope.label);
    $('token-scope-hint').hidden = !scopes.some((scope) => scope.code === 'read_only');
  }

  /** A custom date may be tomorrow at the earliest, and at most the server's maximum away. */
  function showCustomDate() {
    const custom = $('token-expires').value === 'custom';
    $('custom-date').hidden = !custom;
    if (custom) {
      const input = $('token-expires-date');
      input.min = localDate(1);
      input.max = localDate(maxLifetimeDays - 1);
      $('token-expires-date-hint').textContent = 'From ' + input.min + ' to ' + input.max
        + ' (the longest a token may live here); it expires as that day begins.';
    }
  }

  $('token-expires').addEventListener('change', showCustomDate);

  $('add-token').addEventListener('click', handled(async () => {
    offerWithin(await limits());
    $('add-form').reset();
    showCustomDate();
    clearFieldErrors();
    tokens.tell('');
    $('add-dialog').showModal();
    $('token-name').focus();
  }));

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
    const request = {
      name,
      description: $('token-description').value.trim(),
      expires_at: expiresAt,
      scope: $('token-scope').value,
    };
    const addresses = typedAddresses();
    if (addresses.length > 0) {
      request.allowed_ips = addresses; // none typed: the server decides (any address)
    }
    let result;
    try {
      result = await api('POST', 'api/iam/personal_tokens', request);
    } finally {
      $('add-submit').disabled = false;
    }
    if (result.status === 201) {
      $('add-dialog').close();
      created.show(result.data.key);
      await tokens.load(1);
      return;
    }
    const error = firstError(result);
    const field = error.source && FIELD_OF[error.source.pointer];
    if (field) {
      // The field is named by where its error shows: 'allowed_ips: ...' says it once too often.
      fieldError(field, sentence(error.detail.replace(/^allowed_ips: /, '')));
    } else {
      $('add-error').textContent = error.detail;
    }
  }));
}
