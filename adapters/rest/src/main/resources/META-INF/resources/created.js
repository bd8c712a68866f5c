// Owns the dialog that shows a new token once: masked, revealed, copied, forgotten as it closes.
import { $ } from './dom.js';
import { secretField } from './secret.js';

/** The dialog; {@code show(key)} opens it with a key just made. */
export function createdDialog() {
  const secret = secretField({
    input: 'created-token',
    reveal: 'reveal-token',
    copy: 'copy-token',
    feedback: 'copy-feedback',
    noun: 'token',
  });

  function show(key) {
    secret.show(key);
    $('created-dialog').showModal();
    $('copy-token').focus();
  }

  $('created-ok').addEventListener('click', () => $('created-dialog').close());
  // Escape closes it too: either way the token leaves the page.
  $('created-dialog').addEventListener('close', () => {
    secret.forget();
    $('add-token').focus();
  });

  return { show };
}
