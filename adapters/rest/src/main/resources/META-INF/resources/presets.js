// The choices of the add dialog, in one place. The expiry presets and the preselected one are the
// command line's too (ptk tokens create --expires-in, ptk login): SharedConstantsTest checks that
// both sides agree.

export const EXPIRY_PRESETS = [
  { days: 1, label: '1 day' },
  { days: 7, label: '7 days' },
  { days: 15, label: '15 days' },
  { days: 30, label: '30 days', selected: true },
  { days: 90, label: '90 days' },
  { days: 365, label: '1 year' },
];

/** The word the delete dialogs ask to type; the server's revoke_all asks for the same. */
export const CONFIRMATION = 'delete';

export const SCOPES = [
  { code: 'global', label: 'Global', selected: true },
  { code: 'read_only', label: 'Read-only' },
];

/** "Read-only" for read_only; a scope this page doesn't know, as the server said it. */
export function scopeLabel(code) {
  const scope = SCOPES.find((known) => known.code === code);
  return scope ? scope.label : code;
}

/** Fills a <select> with these choices. */
export function fillOptions(select, choices, value, label) {
  select.replaceChildren(...choices.map((choice) => {
    const option = document.createElement('option');
    option.value = String(value(choice));
    option.textContent = label(choice);
    option.defaultSelected = choice.selected === true;
    return option;
  }));
}
