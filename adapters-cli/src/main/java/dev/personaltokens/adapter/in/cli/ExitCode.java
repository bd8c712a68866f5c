package dev.personaltokens.adapter.in.cli;

/** The process's exit status: one per kind of failure, so that scripts can tell them apart. */
final class ExitCode {

  static final int OK = 0;

  /** Refused or not confirmed: a deletion not confirmed, an email already taken. */
  static final int FAILED = 1;

  /** Bad arguments or input, including what the server refuses as invalid. */
  static final int USAGE = 2;

  /** No token to use, or the server refuses it (HTTP 401). */
  static final int NOT_SIGNED_IN = 3;

  static final int NOT_FOUND = 4;

  /** The server, or for the admin commands the database, can't be reached. */
  static final int UNREACHABLE = 5;

  /** The server failed (HTTP 5xx) or did not answer as the API does; or the database failed. */
  static final int SERVER_ERROR = 6;

  private ExitCode() {}
}
