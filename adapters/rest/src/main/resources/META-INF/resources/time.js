// Owns time cells: an instant the server sent, as a <time> in the user's language and time zone.

const TO_THE_MINUTE = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const TO_THE_SECOND = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'medium' });

/**
 * Fills {@code cell} with the instant {@code iso} as a <time> (its datetime the instant as sent),
 * to the minute or, with {@code seconds}, to the second; with {@code otherwise} as text if none.
 */
export function setTime(cell, iso, { otherwise = '', seconds = false } = {}) {
  if (iso) {
    const time = document.createElement('time');
    time.dateTime = iso;
    time.textContent = (seconds ? TO_THE_SECOND : TO_THE_MINUTE).format(new Date(iso));
    cell.replaceChildren(time);
  } else {
    cell.textContent = otherwise;
  }
}
