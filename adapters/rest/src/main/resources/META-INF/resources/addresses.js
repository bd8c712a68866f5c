// How a token's allowed addresses read in a list (the tokens page, the credentials inventory).

/** Fills {@code cell} with the token's addresses as text, or 'Any' (muted) when it has none. */
export function showAllowedIps(cell, allowedIps) {
  const any = !allowedIps || allowedIps.length === 0;
  cell.textContent = any ? 'Any' : allowedIps.join(', ');
  cell.classList.toggle('any', any);
}
