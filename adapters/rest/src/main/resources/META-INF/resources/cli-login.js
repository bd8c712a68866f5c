// Owns the page a command-line login opens (#/cli-login/<code>, what `ptk login --web` prints):
// the person, signed in, compares the code with the one in their terminal, sees which machine asks,
// and approves or denies. Approving lets that machine collect a personal token of theirs.
import { firstError, handled, sentence } from './api.js';
import { $ } from './dom.js';

export const CLI_LOGIN = '#/cli-login/';

/** The page. */
export function cliLoginPage({ api }) {
  let code = null;

  /** Shows what is asked, or, with {@code message}, that nothing is (the buttons go). */
  function asking(request) {
    $('cli-login-request').hidden = request === null;
    if (request !== null) {
      $('cli-login-code').textContent = request.user_code;
      $('cli-login-machine').textContent = request.machine;
      $('cli-login-expires').textContent = new Date(request.expires_at).toLocaleTimeString();
    }
  }

  function said(message, notice = '') {
    $('cli-login-error').textContent = message;
    $('cli-login-notice').textContent = notice;
  }

  /** Approves or denies the code shown: {@code answer} is 'approve' or 'deny'. */
  function answering(answer, notice) {
    return handled(async () => {
      $('cli-login-approve').disabled = true;
      $('cli-login-deny').disabled = true;
      let result;
      try {
        result = await api('POST', `api/cli/login/code/${encodeURIComponent(code)}/${answer}`);
      } finally {
        $('cli-login-approve').disabled = false;
        $('cli-login-deny').disabled = false;
      }
      asking(null);
      if (result.status === 204) {
        said('', notice);
      } else {
        said(sentence(firstError(result).detail));
      }
    });
  }

  $('cli-login-approve').addEventListener('click', answering('approve',
    'Approved. Go back to your terminal: ptk stores the new personal token for that machine.'));
  $('cli-login-deny').addEventListener('click', answering('deny',
    'Denied. The command line stops, and no token was made.'));

  return {
    /** The login waiting under {@code typed}, the code from the address. */
    async open(typed) {
      code = decodeURIComponent(typed);
      asking(null);
      said('');
      const result = await api('GET', `api/cli/login/code/${encodeURIComponent(code)}`);
      if (result.status === 200) {
        asking(result.data);
        $('cli-login-approve').focus();
      } else {
        said(sentence(firstError(result).detail));
      }
    },
  };
}
