package dev.personaltokens.adapter.in.cli.common;

import dev.personaltokens.domain.ErrorCategory;

/** The process's exit status: one per kind of failure, so that scripts can tell them apart. */
public final class ExitCode {

  public static final int OK = 0;

  /** Refused or not confirmed: a deletion not confirmed, an email already taken. */
  public static final int FAILED = 1;

  /** Bad arguments or input, including what the server refuses as invalid. */
  public static final int USAGE = 2;

  /** No token to use, or the server refuses it (HTTP 401). */
  public static final int NOT_SIGNED_IN = 3;

  public static final int NOT_FOUND = 4;

  /** The server, or for the admin commands the database, can't be reached or is unavailable. */
  public static final int UNREACHABLE = 5;

  /** The server failed (HTTP 5xx) or did not answer as the API does; or the database failed. */
  public static final int SERVER_ERROR = 6;

  /** Signed in, but not allowed this (HTTP 403): the token's scope, or not an admin. */
  public static final int FORBIDDEN = 7;

  /** Too many attempts (HTTP 429): try again later. */
  public static final int THROTTLED = 8;

  private ExitCode() {}

  /** The exit code of a failure of this category, wherever it was met. */
  public static int of(ErrorCategory category) {
    return switch (category) {
      case INVALID -> USAGE;
      case NOT_FOUND -> NOT_FOUND;
      case CONFLICT -> FAILED;
      case UNAUTHENTICATED -> NOT_SIGNED_IN;
      case FORBIDDEN -> FORBIDDEN;
      case THROTTLED -> THROTTLED;
      case UNAVAILABLE -> UNREACHABLE;
    };
  }
}
