// Owns the Policy page, an admin's: the instance's policy in force, in policy-form.js's form, saved
// whole with one PUT; what the server refuses is said next to its field, in a sentence. A member who
// opens it is told that it needs an admin, and nothing is asked.
import { firstError, handled, sentence } from './api.js';
import { $ } from './dom.js';
import { policyForm } from './policy-form.js';

const PATH = 'api/admin/policy';

/** The page; {@code isAdmin()} says whether the signed-in person is an admin. */
export function policyPage({ api, isAdmin }) {
  const form = policyForm();
  const submit = $('policy-submit');

  /** Says {@code text} under the form ('' to say nothing), or {@code failure}. */
  function tell(text, failure = '') {
    $('policy-message').textContent = text;
    $('policy-error').textContent = failure;
  }

  $('policy-form').addEventListener('submit', handled(async (event) => {
    event.preventDefault();
    form.clearErrors();
    tell('');
    const body = form.read();
    if (body === null) {
      return;
    }
    submit.disabled = true;
    let result;
    try {
      result = await api('PUT', PATH, body);
    } finally {
      submit.disabled = false;
    }
    if (result.status === 200) {
      form.fill(result.data);
      tell('The policy is saved: every token is judged by it from now on.');
      return;
    }
    const error = firstError(result);
    if (!form.refused(error.source && error.source.pointer, sentence(error.detail))) {
      tell('', sentence(error.detail));
    }
  }));

  return {
    /** The page as opened from the menu: the policy in force - or, for a member, why not. */
    async open() {
      const admin = isAdmin();
      $('policy-needs-admin').hidden = admin;
      $('policy-admin').hidden = !admin;
      form.clearErrors();
      tell('');
      submit.disabled = true; // nothing to save until the policy in force is in the form
      if (!admin) {
        return false;
      }
      const result = await api('GET', PATH);
      if (result.status !== 200) {
        tell('', sentence(firstError(result).detail));
        return false;
      }
      form.fill(result.data);
      submit.disabled = false;
      return true;
    },
  };
}
