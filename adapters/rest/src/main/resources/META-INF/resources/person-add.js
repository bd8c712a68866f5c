// Owns the Add person dialog: the email and role, the add call and its errors. The person's
// password link follows in link.js's dialog: mailed to them, or shown this once.
import { firstError, handled, sentence } from './api.js';
import { $ } from './dom.js';

function clearErrors() {
  $('person-email').removeAttribute('aria-invalid');
  $('person-email-error').textContent = '';
  $('person-error').textContent = '';
}

function emailError(message) {
  $('person-email').setAttribute('aria-invalid', 'true');
  $('person-email-error').textContent = message;
  $('person-email').focus();
}

/**
 * The dialog, opened by Add person; the link is shown by {@code links}, then {@code people} shows
 * the new person's row.
 */
export function addPersonDialog({ api, people, links }) {
  $('add-person').addEventListener('click', () => {
    $('person-form').reset();
    clearErrors();
    people.tell('');
    $('person-dialog').showModal();
    $('person-email').focus();
  });

  $('person-cancel').addEventListener('click', () => $('person-dialog').close());

  $('person-form').addEventListener('submit', handled(async (event) => {
    event.preventDefault();
    clearErrors();
    const email = $('person-email').value.trim();
    if (!email) {
      emailError('Enter the email of the person to add.');
      return;
    }
    const role = $('person-role').value;
    $('person-submit').disabled = true;
    let result;
    try {
      result = await api('POST', 'api/admin/accounts', { email, role });
    } finally {
      $('person-submit').disabled = false;
    }
    if (result.status === 201) {
      $('person-dialog').close();
      const added = result.data.person;
      links.show(result.data, added.email + ' is added');
      await people.find(added.email);
      people.tell(added.email + ' is added as ' + (role === 'admin' ? 'an admin' : 'a member') + '.');
      return;
    }
    const error = firstError(result);
    if (error.source && error.source.pointer === '/email') {
      emailError(sentence(error.detail));
    } else {
      $('person-error').textContent = sentence(error.detail);
    }
  }));
}
