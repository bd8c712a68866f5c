// Owns calls to the API and the one place where a refused session is noticed.
// Every call carries X-Requested-With, which the server demands as proof that the request comes
// from this page and not from another site; the session itself lives in an HttpOnly cookie this
// script can't read.

/**
 * Thrown by a client's call when the page leaves what it was doing - the server no longer takes
 * the session, or holds it to a first step - which is then already dealt with: callers simply stop.
 */
export class SessionEnded extends Error {}

/** The refusals of a session that must do something else first (the policy may change meanwhile). */
const FIRST_STEPS = ['auth.password.change_required', 'auth.two_factor.required'];

/** Whether {@code response} is a refusal of one of FIRST_STEPS; its body stays unread. */
async function heldBack(response) {
  if (response.status !== 409) {
    return false;
  }
  try {
    const errors = (await response.clone().json()).errors;
    return Array.isArray(errors) && errors.length > 0 && FIRST_STEPS.includes(errors[0].code);
  } catch (e) {
    return false;
  }
}

/**
 * The page's client: {@code call} to call the API, {@code file} to fetch a file from it,
 * {@code setSignedIn} to say whether the page is signed in. A 401 while signed in runs
 * {@code onSessionEnded}, and a refusal that holds the session to a first step (the policy changed
 * since sign-in) runs {@code onHeldBack}: once, here, for every caller.
 */
export function apiClient(onSessionEnded, onHeldBack) {
  let signedIn = false;

  /**
   * The server's answer to a call asking for {@code accept}, with {@code more} headers, or null
   * when the server can't be reached. A 401 while signed in ends the session on the page, a first
   * step's refusal leads to that step, and both throw SessionEnded.
   */
  async function send(method, path, body, accept, more = {}) {
    const headers = { ...more, Accept: accept, 'X-Requested-With': 'ptk-console' };
    if (body !== undefined) {
      headers['Content-Type'] = 'application/json';
    }
    let response;
    try {
      response = await fetch(path, {
        method,
        headers,
        body: body === undefined ? undefined : JSON.stringify(body),
        credentials: 'same-origin',
        cache: 'no-store',
      });
    } catch (e) {
      return null;
    }
    if (response.status === 401 && signedIn) {
      signedIn = false;
      onSessionEnded();
      throw new SessionEnded();
    }
    // Asked again after the body is read: of calls held back at once, the first leads the way.
    if (signedIn && await heldBack(response) && signedIn) {
      signedIn = false;
      onHeldBack();
      throw new SessionEnded();
    }
    return response;
  }

  /** {status, data} of an answer, its JSON body (null if none); status 0 without an answer. */
  async function read(response) {
    if (response === null) {
      return { status: 0, data: null };
    }
    let data = null;
    if (response.status !== 204) {
      try {
        data = await response.json();
      } catch (e) {
        data = null;
      }
    }
    return { status: response.status, data };
  }

  /**
   * {status, data} of a call, with {@code headers} if given (a code where a DELETE can't have a
   * body); status 0 when the server can't be reached.
   */
  async function call(method, path, body, headers) {
    return read(await send(method, path, body, 'application/json', headers));
  }

  /**
   * {status, data} of a GET for a file of media type {@code type}: data is the file, a Blob, when
   * the status is 200, and the JSON of the server's errors otherwise.
   */
  async function file(path, type) {
    const response = await send('GET', path, undefined, type + ', application/json;q=0.1');
    if (response !== null && response.status === 200) {
      return { status: 200, data: await response.blob() };
    }
    return read(response);
  }

  return {
    call,
    file,
    setSignedIn(value) {
      signedIn = value;
    },
  };
}

/** The first error of a failed call, or words for a failure without one. */
export function firstError(result) {
  if (result.status === 0) {
    return { detail: 'The server can\'t be reached. Check your connection and try again.' };
  }
  const errors = result.data && result.data.errors;
  return (errors && errors[0]) || { detail: 'Something went wrong (HTTP ' + result.status + '). Try again.' };
}

/** The server's detail as a sentence: capitalized, with its full stop (once). */
export function sentence(detail) {
  const text = detail.charAt(0).toUpperCase() + detail.slice(1);
  return /[.!?]$/.test(text) ? text : text + '.';
}

/** An event handler whose calls may end in SessionEnded, which is then already dealt with. */
export function handled(handler) {
  return async (...args) => {
    try {
      await handler(...args);
    } catch (e) {
      if (!(e instanceof SessionEnded)) {
        throw e;
      }
    }
  };
}
