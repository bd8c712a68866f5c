// Owns the Policy page's form: its fields filled with a policy and read back as a PUT's body, the
// scopes' boxes, the boxes that turn a limit on, and each field's error.
import { $ } from './dom.js';
import { SCOPES } from './presets.js';
import { setTime } from './time.js';

/** The number fields of the limits that may be off; each has a box, its id and -on, to turn it on. */
const LIMITS = ['policy-inactivity', 'policy-tokens'];

/** Which field each error's source pointer is about. */
const FIELD_OF = {
  '/max_token_lifetime_days': 'policy-lifetime',
  '/allowed_scopes': 'policy-scopes',
  '/inactivity_days': 'policy-inactivity',
  '/max_tokens_per_account': 'policy-tokens',
  '/require_two_factor': 'policy-two-factor',
  '/default_allowed_ips': 'policy-ips',
};

const scopeBoxes = () => Array.from($('policy-scope-boxes').querySelectorAll('input'));

function fieldError(id, message) {
  $(id).setAttribute('aria-invalid', 'true');
  $(id + '-error').textContent = message;
}

/** The whole number in field {@code id}, within its min and max; else null, with its error shown. */
function whole(id) {
  const input = $(id);
  const value = Number(input.value);
  if (input.value.trim() === '' || !Number.isInteger(value)
      || value < Number(input.min) || value > Number(input.max)) {
    fieldError(id, 'Enter a whole number from ' + input.min + ' to ' + input.max + '.');
    return null;
  }
  return value;
}

/** A limit's field as the policy says it: null is off, its box unticked and its field disabled. */
function showLimit(id, value) {
  $(id + '-on').checked = value !== null;
  $(id).disabled = value === null;
  $(id).value = value === null ? '' : String(value);
}

/** The form, its scopes' boxes made from presets.js. */
export function policyForm() {
  $('policy-scope-boxes').replaceChildren(...SCOPES.map((scope) => {
    const label = document.createElement('label');
    label.className = 'check';
    const box = document.createElement('input');
    box.type = 'checkbox';
    box.value = scope.code;
    label.append(box, ' ' + scope.label);
    return label;
  }));

  LIMITS.forEach((id) => $(id + '-on').addEventListener('change', () => {
    $(id).disabled = !$(id + '-on').checked;
    if (!$(id).disabled) {
      $(id).focus();
    }
  }));

  return {
    /** Every field as {@code policy} says, and when an admin saved it. */
    fill(policy) {
      $('policy-lifetime').value = String(policy.max_token_lifetime_days);
      scopeBoxes().forEach((box) => { box.checked = policy.allowed_scopes.includes(box.value); });
      showLimit('policy-inactivity', policy.inactivity_days);
      showLimit('policy-tokens', policy.max_tokens_per_account);
      $('policy-two-factor').checked = policy.require_two_factor;
      $('policy-ips').value = policy.default_allowed_ips.join('\n');
      if (policy.set_at) {
        const when = document.createElement('span');
        setTime(when, policy.set_at);
        $('policy-set-at').replaceChildren('Last saved on ', when, '.');
      } else {
        $('policy-set-at').textContent = 'No admin has saved a policy yet: these are the server\'s defaults.';
      }
    },
    /** The PUT's body, every rule; null when a number is wrong, each such field saying why. */
    read() {
      const lifetime = whole('policy-lifetime');
      const [inactivity, tokens] = LIMITS.map((id) => ($(id + '-on').checked ? whole(id) : null));
      const wrong = ['policy-lifetime', ...LIMITS].find((id) => $(id).getAttribute('aria-invalid'));
      if (wrong) {
        $(wrong).focus();
        return null;
      }
      return {
        max_token_lifetime_days: lifetime,
        allowed_scopes: scopeBoxes().filter((box) => box.checked).map((box) => box.value),
        inactivity_days: inactivity,
        max_tokens_per_account: tokens,
        require_two_factor: $('policy-two-factor').checked,
        default_allowed_ips: $('policy-ips').value.split('\n').map((line) => line.trim()).filter(Boolean),
      };
    },
    /**
     * Says {@code message} next to the field {@code pointer} names, and focuses it (the scopes: their
     * first box); false when no field of the form is named.
     */
    refused(pointer, message) {
      const id = FIELD_OF[pointer];
      if (!id) {
        return false;
      }
      fieldError(id, message);
      (id === 'policy-scopes' ? scopeBoxes()[0] : $(id)).focus();
      return true;
    },
    clearErrors() {
      Object.values(FIELD_OF).forEach((id) => {
        $(id).removeAttribute('aria-invalid');
        $(id + '-error').textContent = '';
      });
    },
  };
}
