// Owns the People page, an admin's: the accounts of this server, their search box and status filter,
// each row's buttons, the page's status line. Its list is list.js's; what the buttons do is
// person.js's. A member who opens it is told that it needs an admin, and nothing is asked.
import { handled } from './api.js';
import { $ } from './dom.js';
import { pagedList, searchBox } from './list.js';
import { setTime } from './time.js';

/** Each role and status in words. */
export const ROLE_WORDS = { member: 'Member', admin: 'Admin' };
const STATUS_WORDS = { active: 'Active', deactivated: 'Deactivated' };

/** The buttons of a person's row, [action, words, label], in the order shown. */
function actionsFor(person) {
  const email = person.email;
  if (person.status !== 'active') {
    return [['reactivate', 'Reactivate', 'Reactivate ' + email]];
  }
  return [
    person.role === 'admin'
      ? ['make-member', 'Make member', 'Make ' + email + ' a member']
      : ['make-admin', 'Make admin', 'Make ' + email + ' an admin'],
    ['password-link', 'Send password link', 'Send a password link to ' + email],
    ['deactivate', 'Deactivate', 'Deactivate ' + email],
  ];
}

/** What is shown when no one is: why, in words, from the filter. */
function whyNoOne(search, status) {
  if (search !== '') {
    return 'No ' + (status ? status + ' ' : '') + 'account has an email containing "' + search + '".';
  }
  return status ? 'No account is ' + status + '.' : 'No account yet.';
}

/**
 * The page; {@code isAdmin()} says whether the signed-in person is one, and a row's buttons ask
 * {@code onAction(action, person)}: deactivate, reactivate, make-admin, make-member, password-link.
 */
export function peoplePage({ api, isAdmin, onAction }) {
  let search = '';
  const status = $('people-status');

  const list = pagedList({
    api,
    path: 'api/admin/accounts',
    query: () => '&search=' + encodeURIComponent(search)
      + (status.value ? '&status=' + encodeURIComponent(status.value) : ''),
    rowOf: personRow,
    ids: {
      body: 'people-body',
      table: 'people-table',
      message: 'people-error',
      pager: 'people-pager',
      pageInfo: 'people-page-info',
      previous: 'people-previous',
      next: 'people-next',
      empty: ['people-empty'],
    },
    whyEmpty: () => {
      $('people-empty-why').textContent = whyNoOne(search, status.value);
      return $('people-empty');
    },
  });

  function button([action, words, label], person) {
    const element = document.createElement('button');
    element.type = 'button';
    element.className = action === 'deactivate' ? 'small danger-outline' : 'small';
    element.dataset.action = action;
    element.textContent = words;
    element.setAttribute('aria-label', label);
    element.addEventListener('click', handled(async () => {
      element.disabled = true;
      try {
        await onAction(action, person);
      } finally {
        element.disabled = false;
      }
    }));
    return element;
  }

  /** Everything the server sent goes in as text (textContent, attributes), never as markup. */
  function personRow(person) {
    const row = $('person-row').content.firstElementChild.cloneNode(true);
    const cell = (name) => row.querySelector('[data-field="' + name + '"]');
    row.dataset.id = String(person.id);
    cell('email').textContent = person.email;
    cell('role').textContent = ROLE_WORDS[person.role] || person.role;
    cell('status').textContent = STATUS_WORDS[person.status] || person.status;
    cell('status').classList.toggle('deactivated', person.status !== 'active');
    setTime(cell('created'), person.created);
    setTime(cell('last_sign_in_at'), person.last_sign_in_at, { otherwise: 'Never' });
    cell('live_tokens').textContent = String(person.live_tokens ?? '');
    row.querySelector('.row-buttons')
      .replaceChildren(...actionsFor(person).map((action) => button(action, person)));
    return row;
  }

  /** Shows the people whose email contains {@code text}, with the status filter as it is, from page 1. */
  function searchFor(text) {
    search = text;
    return list.load(1);
  }

  searchBox('people-search', searchFor);
  status.addEventListener('change', handled(() => list.load(1)));

  const page = {
    /** The page as opened from the menu: everyone, from page 1 - or, for a member, why not. */
    async open() {
      const admin = isAdmin();
      $('people-needs-admin').hidden = admin;
      $('people-admin').hidden = !admin;
      $('add-person').hidden = !admin;
      page.tell('');
      if (admin) {
        status.value = '';
        return page.find('');
      }
      return false;
    },
    /** Shows the people whose email contains {@code text}, whatever their status, from page 1. */
    find(text) {
      $('people-search').value = text;
      status.value = '';
      return searchFor(text);
    },
    /** Loads page {@code wanted} (the current one by default); true once it is on screen. */
    load: (wanted) => list.load(wanted),
    /** Says {@code text} on the page's status line ('' to say nothing), and that nothing failed. */
    tell(text) {
      $('people-message').textContent = text;
      $('people-error').textContent = '';
    },
    /** Says on the page why an action failed: {@code text}, a sentence. */
    fail(text) {
      $('people-message').textContent = '';
      $('people-error').textContent = text;
    },
  };
  return page;
}
