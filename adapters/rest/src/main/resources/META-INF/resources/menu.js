// Owns the account menu, top right: opening and closing it, moving through it by keyboard, and
// whether it offers an admin's pages.
import { $ } from './dom.js';

/** The menu, closed; its links close it as they lead away, as does a click anywhere else. */
export function accountMenu() {
  function open() {
    $('account-menu').hidden = false;
    $('account-button').setAttribute('aria-expanded', 'true');
    $('menu-personal-tokens').focus();
  }

  function close() {
    $('account-menu').hidden = true;
    $('account-button').setAttribute('aria-expanded', 'false');
  }

  $('account-button').addEventListener('click', () => {
    if ($('account-menu').hidden) {
      open();
    } else {
      close();
    }
  });

  $('account-menu').addEventListener('keydown', (event) => {
    const items = Array.from($('account-menu').querySelectorAll('a, button'))
      .filter((item) => !item.closest('li').hidden);
    const at = items.indexOf(document.activeElement);
    if (event.key === 'Escape') {
      close();
      $('account-button').focus();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const step = event.key === 'ArrowDown' ? 1 : items.length - 1;
      items[(at + step) % items.length].focus();
    }
  });

  document.addEventListener('click', (event) => {
    if (!event.target.closest('.account')) {
      close();
    }
  });

  $('menu-personal-tokens').addEventListener('click', close);
  $('menu-security-log').addEventListener('click', close);
  $('menu-account').addEventListener('click', close);
  $('menu-two-factor').addEventListener('click', close);
  ['menu-people', 'menu-credentials', 'menu-audit', 'menu-policy']
    .forEach((id) => $(id).addEventListener('click', close));

  return {
    close,
    /** Offers an admin's pages (People, Credentials, Audit, Policy), or not. */
    showAdmin(admin) {
      ['menu-people-item', 'menu-credentials-item', 'menu-audit-item', 'menu-policy-item']
        .forEach((id) => { $(id).hidden = !admin; });
    },
  };
}
