// Owns the Audit page, an admin's: the security log of the whole server - whose account, what, and
// who did it - filtered by type and by day. Its list is list.js's, its events' words and cells
// log.js's. A member who opens it is told that it needs an admin, and nothing is asked.
import { handled } from './api.js';
import { $ } from './dom.js';
import { fillEvent, fillEventTypes } from './log.js';
import { pagedList } from './list.js';

/** Who did it: an account by its email, the operator at the server's console, or no one said. */
function whoDid(actor) {
  if (!actor) {
    return '-';
  }
  return actor.email !== undefined ? actor.email : 'operator ' + actor.operator;
}

/**
 * The instant a day of a date input begins, in the user's time zone, as the API reads it; the next
 * day's with {@code after}, so that a day chosen as the last one is shown whole.
 */
function dayStart(value, after = false) {
  const day = new Date(value + 'T00:00');
  if (after) {
    day.setDate(day.getDate() + 1);
  }
  return day.toISOString();
}

/** Everything the server sent goes in as text, never as markup. */
function entryRow(entry) {
  const row = fillEvent($('audit-row').content.firstElementChild.cloneNode(true), entry.event);
  const cell = (name) => row.querySelector('[data-field="' + name + '"]');
  cell('account').textContent = entry.account.email;
  cell('actor').textContent = whoDid(entry.event.actor);
  return row;
}

/** The page; {@code isAdmin()} says whether the signed-in person is an admin. */
export function auditPage({ api, isAdmin }) {
  const type = $('audit-type');
  const since = $('audit-since');
  const until = $('audit-until');
  fillEventTypes(type);

  const list = pagedList({
    api,
    path: 'api/admin/audit_events',
    query: () => (type.value ? '&type=' + encodeURIComponent(type.value) : '')
      + (since.value ? '&since=' + encodeURIComponent(dayStart(since.value)) : '')
      + (until.value ? '&until=' + encodeURIComponent(dayStart(until.value, true)) : ''),
    rowOf: entryRow,
    ids: {
      body: 'audit-body',
      table: 'audit-table',
      message: 'audit-message',
      pager: 'audit-pager',
      pageInfo: 'audit-page-info',
      previous: 'audit-previous',
      next: 'audit-next',
      empty: ['audit-empty'],
    },
  });

  [type, since, until].forEach((filter) => filter.addEventListener('change', handled(() => list.load(1))));

  return {
    /** The page as opened from the menu: every event, from page 1 - or, for a member, why not. */
    open() {
      const admin = isAdmin();
      $('audit-needs-admin').hidden = admin;
      $('audit-admin').hidden = !admin;
      $('audit-message').textContent = '';
      if (!admin) {
        return false;
      }
      [type, since, until].forEach((filter) => { filter.value = ''; });
      return list.load(1);
    },
  };
}
