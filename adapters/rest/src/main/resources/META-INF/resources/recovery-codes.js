// Owns the recovery codes, shown once when two-factor sign-in is turned on: listed as text, copied,
// downloaded as a text file, then forgotten - the server keeps only their digests.
import { $ } from './dom.js';
import { save } from './download.js';

const FILE = 'personal-tokens-recovery-codes.txt';

/** The list of the Two-factor sign-in page, empty until {@code show}. */
export function recoveryCodes() {
  let codes = [];
  const text = () => codes.join('\n') + '\n';
  const feedback = (words) => { $('two-factor-feedback').textContent = words; };

  $('two-factor-copy').addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(text());
      feedback('Copied to the clipboard.');
    } catch (e) {
      feedback('Copying failed: select the codes and copy them by hand.');
    }
  });

  $('two-factor-download').addEventListener('click', () => {
    save(new Blob([text()], { type: 'text/plain' }), FILE);
    feedback('Saved as ' + FILE + '.');
  });

  return {
    /** Lists {@code list}, each code as text. */
    show(list) {
      codes = list;
      $('two-factor-codes').replaceChildren(...list.map((code) => {
        const item = document.createElement('li');
        item.textContent = code;
        return item;
      }));
      feedback('');
    },
    /** Lets go of the codes: the page keeps no copy of them. */
    forget() {
      codes = [];
      $('two-factor-codes').replaceChildren();
      feedback('');
    },
  };
}
