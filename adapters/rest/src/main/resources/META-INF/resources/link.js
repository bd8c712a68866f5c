// Owns the dialog that follows a password link made for someone (added, or sent a new link): it
// says the link was mailed to them, or shows it this once, to copy and hand over; it is forgotten
// as the dialog closes.
import { $ } from './dom.js';
import { secretField } from './secret.js';
import { setTime } from './time.js';

/** The dialog; {@code show(answer, title)} opens it with the API's answer (a PasswordLink). */
export function linkDialog() {
  const secret = secretField({
    input: 'link-secret',
    reveal: 'reveal-link',
    copy: 'copy-link',
    feedback: 'link-feedback',
    noun: 'link',
  });

  function show(answer, title) {
    const email = answer.person.email;
    const mailed = answer.password_link_mailed;
    const until = document.createElement('span');
    setTime(until, answer.expires_at);
    $('link-title').textContent = title;
    $('link-text').replaceChildren(...(mailed
      ? ['A link to set their password was mailed to ', email, '. It works once, until ', until, '.']
      : ['This server sends no mail: give this link to ', email, ' yourself. It works once, until ',
        until, '.']));
    $('link-once').hidden = mailed;
    if (!mailed) {
      secret.show(answer.password_link);
    }
    $('link-dialog').showModal();
    $(mailed ? 'link-ok' : 'copy-link').focus();
  }

  $('link-ok').addEventListener('click', () => $('link-dialog').close());
  // Escape closes it too: either way the link leaves the page.
  $('link-dialog').addEventListener('close', () => {
    secret.forget();
    $('add-person').focus();
  });

  return { show };
}
