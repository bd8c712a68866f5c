// Owns the Security log page: the account's events in words, filtered by type; its list is list.js's.
import { handled } from './api.js';
import { $ } from './dom.js';
import { pagedList } from './list.js';
import { setTime } from './time.js';

/** Each type of event in words; the command line's 'ptk audit' uses the same. */
export const EVENT_WORDS = {
  'session.created': 'Signed in',
  'session.failed': 'Wrong password',
  'session.ended': 'Signed out',
  'token.created': 'Token created',
  'token.revoked': 'Token revoked',
  'token.revoked_all': 'All tokens revoked',
  'token.rotated': 'Token rotated',
  'token.reuse_detected': 'Rotated token reused: family revoked',
  'token.revoked_leaked': 'Token revoked: reported as leaked',
  'token.expiry_notice': 'Expiry notice sent',
  'password.reset': 'Password reset',
  'password.set': 'Password set with a one-time link',
  'password.changed': 'Password changed',
  'account.created': 'Account opened',
  'account.deactivated': 'Account deactivated',
  'account.reactivated': 'Account reactivated',
  'account.role_changed': 'Role changed',
  'account.linked': 'Linked to the identity provider',
  'account.email_changed': 'Email changed by the identity provider',
  'password.reset_link_sent': 'Password link sent',
  'token.revoked_by_admin': 'Token revoked by an admin',
  'policy.changed': 'Policy changed',
  'token.revoked_inactive': 'Token revoked as unused',
  'session.otp_failed': 'Wrong two-factor code after the right password',
  'two_factor.enabled': 'Two-factor sign-in turned on',
  'two_factor.disabled': 'Two-factor sign-in turned off',
  'two_factor.recovery_used': 'Recovery code used',
};

/**
 * Fills the cells of {@code row} that every security log shows (when, what, token, address, and
 * the client where the row has it) with {@code event}: what the server sent goes in as text only.
 */
export function fillEvent(row, event) {
  const cell = (name) => row.querySelector('[data-field="' + name + '"]');
  setTime(cell('created'), event.created, { seconds: true });
  const words = EVENT_WORDS[event.type] || event.type;
  cell('type').textContent = event.detail ? words + ' (' + event.detail + ')' : words;
  cell('token').textContent = event.token ? event.token.name + ' (' + event.token.hint + ')' : '';
  cell('ip').textContent = event.ip || '';
  const client = row.querySelector('[data-field="user_agent"] .clamp'); // where the row has it
  if (client) {
    client.textContent = event.user_agent || '';
    client.title = event.user_agent || '';
  }
  return row;
}

/** Fills a type filter with every kind of event, or all. */
export function fillEventTypes(select) {
  select.replaceChildren(new Option('All events', ''),
    ...Object.entries(EVENT_WORDS).map(([code, words]) => new Option(words, code)));
}

function eventRow(event) {
  return fillEvent($('log-row').content.firstElementChild.cloneNode(true), event);
}

/** The page, its type filter filled with every kind of event, or all. */
export function logPage({ api }) {
  const type = $('log-type');
  fillEventTypes(type);

  const list = pagedList({
    api,
    path: 'api/audit_events',
    query: () => (type.value ? '&type=' + encodeURIComponent(type.value) : ''),
    rowOf: eventRow,
    ids: {
      body: 'log-body',
      table: 'log-table',
      message: 'log-message',
      pager: 'log-pager',
      pageInfo: 'log-page-info',
      previous: 'log-previous',
      next: 'log-next',
      empty: ['log-empty'],
    },
  });

  type.addEventListener('change', handled(() => list.load(1)));

  return {
    /** The page as opened from the menu: every kind of event, from page 1. */
    open() {
      type.value = '';
      return list.load(1);
    },
  };
}
