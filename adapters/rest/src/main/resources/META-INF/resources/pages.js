// Owns which page is on screen: the views, the top bar, and the route from the address's #fragment.
import { handled } from './api.js';
import { $ } from './dom.js';

const VIEWS = ['loading', 'signin-view', 'home-view', 'tokens-view', 'log-view'];

/** The pages; {@code signedIn} says whether someone is, {@code tokens} and {@code log} open theirs. */
export function pageRouter({ signedIn, tokens, log }) {
  /** Shows {@code view} alone, with the top bar while signed in. */
  function show(view) {
    VIEWS.forEach((id) => { $(id).hidden = id !== view; });
    $('topbar').hidden = !signedIn();
  }

  /** Opens the page the address names (the home page by default); nothing while signed out. */
  const route = handled(async () => {
    if (!signedIn()) {
      return;
    }
    if (location.hash === '#/personal-tokens') {
      show('tokens-view');
      await tokens.open();
    } else if (location.hash === '#/security-log') {
      show('log-view');
      await log.open();
    } else {
      show('home-view');
    }
  });

  window.addEventListener('hashchange', route);

  return { show, route };
}
