// Owns a dialog that asks before one action on one thing (rotate a token, deactivate an account):
// filling it, running the action once confirmed, and the server's detail when it fails.
import { firstError, handled, sentence } from './api.js';
import { $ } from './dom.js';

/**
 * The dialog whose elements' ids are {@code prefix} and -dialog, -form, -cancel, -submit, -error.
 * {@code ask(subject)} fills it with {@code fill(subject)} and opens it; its submit button runs
 * {@code act(subject)}, an API call: when {@code ok(result)} the dialog closes and
 * {@code done(subject, result)} follows, otherwise the server's detail shows in the dialog.
 */
export function confirmDialog(prefix, { fill, act, ok, done }) {
  const element = (name) => $(prefix + '-' + name);
  let subject = null;

  element('cancel').addEventListener('click', () => element('dialog').close());

  element('form').addEventListener('submit', handled(async (event) => {
    event.preventDefault();
    const asked = subject;
    if (asked === null) {
      return;
    }
    element('submit').disabled = true;
    const result = await act(asked);
    if (ok(result)) {
      element('dialog').close();
      subject = null;
      await done(asked, result);
    } else {
      element('error').textContent = sentence(firstError(result).detail);
      element('submit').disabled = false;
    }
  }));

  return {
    ask(what) {
      subject = what;
      fill(what);
      element('error').textContent = '';
      element('submit').disabled = false;
      element('dialog').showModal();
      element('submit').focus();
    },
  };
}
