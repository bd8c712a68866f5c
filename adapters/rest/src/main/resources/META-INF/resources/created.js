// Owns the dialog that shows a new token once: masked, revealed, copied, forgotten as it closes.
import { $ } from './dom.js';

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

/** The dialog; {@code show(key)} opens it with a key just made. */
export function createdDialog() {
  let revealed = false;

  function show(key) {
    const input = $('created-token');
    input.value = key;
    input.type = 'password';
    revealed = false;
    $('reveal-token').setAttribute('aria-pressed', 'false');
    $('reveal-token').setAttribute('aria-label', 'Show token');
    $('copy-feedback').textContent = '';
    $('created-dialog').showModal();
    $('copy-token').focus();
  }

  $('reveal-token').addEventListener('click', () => {
    revealed = !revealed;
    $('created-token').type = revealed ? 'text' : 'password';
    $('reveal-token').setAttribute('aria-pressed', String(revealed));
    $('reveal-token').setAttribute('aria-label', revealed ? 'Hide token' : 'Show token');
  });

  $('copy-token').addEventListener('click', async () => {
    const copied = (await copyWithClipboardApi()) || copyBySelecting();
    $('copy-feedback').textContent = copied
      ? 'Copied to the clipboard.'
      : 'Copying failed: show the token and copy it by hand.';
  });

  $('created-ok').addEventListener('click', () => $('created-dialog').close());
  // Escape closes it too: either way the token leaves the page.
  $('created-dialog').addEventListener('close', () => {
    $('created-token').value = '';
    $('created-token').type = 'password';
    $('copy-feedback').textContent = '';
    $('add-token').focus();
  });

  return { show };
}
