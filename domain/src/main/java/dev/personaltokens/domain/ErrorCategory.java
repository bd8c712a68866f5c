package dev.personaltokens.domain;

/**
 * What kind of "no" a failure is. Each way in turns a category into its own answer by one table: an
 * HTTP status for the API, an exit code for the command line.
 */
public enum ErrorCategory {
  /** The input breaks a rule; sending it again won't help. */
  INVALID,
  /** Nothing of that name, or nothing the caller may see. */
  NOT_FOUND,
  /** It clashes with what exists already. */
  CONFLICT,
  /** No credential, or one that doesn't sign anyone in. */
  UNAUTHENTICATED,
  /** Signed in, but not allowed to do this. */
  FORBIDDEN,
  /** Too many attempts; try again later. */
  THROTTLED,
  /** Something the application needs is down; try again later. */
  UNAVAILABLE
}
