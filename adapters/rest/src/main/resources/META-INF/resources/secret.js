// Owns a secret shown once in a dialog - a new token, a password link: masked, revealed, copied,
// forgotten. Each dialog that shows one has its own field; this wires it.
import { $ } from './dom.js';

async function copyWithClipboardApi(input) {
  try {
    await navigator.clipboard.writeText(input.value);
    return true;
  } catch (e) {
    return false; // no clipboard API where the page is not a secure context (plain http by IP)
  }
}

function copyBySelecting(input) {
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

/**
 * The field made of the elements with these ids: {@code input} (read-only, masked), the
 * {@code reveal} and {@code copy} buttons, the {@code feedback} line; {@code noun} names the secret
 * in their words ("token", "link").
 */
export function secretField({ input, reveal, copy, feedback, noun }) {
  let revealed = false;

  function mask(shown) {
    revealed = shown;
    $(input).type = shown ? 'text' : 'password';
    $(reveal).setAttribute('aria-pressed', String(shown));
    $(reveal).setAttribute('aria-label', (shown ? 'Hide ' : 'Show ') + noun);
  }

  $(reveal).addEventListener('click', () => mask(!revealed));

  $(copy).addEventListener('click', async () => {
    const copied = (await copyWithClipboardApi($(input))) || copyBySelecting($(input));
    $(feedback).textContent = copied
      ? 'Copied to the clipboard.'
      : 'Copying failed: show the ' + noun + ' and copy it by hand.';
  });

  return {
    /** Holds {@code value}, masked. */
    show(value) {
      $(input).value = value;
      mask(false);
      $(feedback).textContent = '';
    },
    /** Lets go of the secret: the page keeps no copy of it. */
    forget() {
      $(input).value = '';
      mask(false);
      $(feedback).textContent = '';
    },
  };
}
