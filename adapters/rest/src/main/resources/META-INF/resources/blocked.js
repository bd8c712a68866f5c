// Owns how a list marks a token that the instance's policy blocks: a "Blocked" badge, and why in the
// server's words - the owner's list and the Credentials page alike.
import { sentence } from './api.js';

/** Adds to {@code cell} the mark of {@code token} (as text only), if the policy blocks it. */
export function markIfBlocked(cell, token) {
  if (!token.blocked) {
    return;
  }
  const mark = document.createElement('span');
  mark.className = 'blocked';
  const badge = document.createElement('strong');
  badge.className = 'badge';
  badge.textContent = 'Blocked';
  mark.append(badge, ' ' + sentence(token.blocked));
  cell.append(mark);
}
