package dev.personaltokens.adapter.in.cli.common;

import dev.personaltokens.domain.ErrorCategory;

/**
 * A failure to report to the user as one line on standard error, ending the command with its exit
 * code. It carries no stack trace: the message is all the user needs.
 */
public final class CliException extends RuntimeException {

  private final int exitCode;
  private final String code;

  public CliException(int exitCode, String message) {
    this(exitCode, message, null);
  }

  private CliException(int exitCode, String message, String code) {
    super(message, null, false, false);
    this.exitCode = exitCode;
    this.code = code;
  }

  /** A failure of the rules, ending with the exit code of its category. */
  public static CliException of(ErrorCategory category, String message) {
    return of(category, message, null);
  }

  /** The same, with the stable {@code code} the server refused with, for a command to act on. */
  public static CliException of(ErrorCategory category, String message, String code) {
    return new CliException(ExitCode.of(category), message, code);
  }

  public static CliException failed(String message) {
    return new CliException(ExitCode.FAILED, message);
  }

  public static CliException usage(String message) {
    return new CliException(ExitCode.USAGE, message);
  }

  public static CliException notSignedIn(String message) {
    return new CliException(ExitCode.NOT_SIGNED_IN, message);
  }

  public static CliException notFound(String message) {
    return new CliException(ExitCode.NOT_FOUND, message);
  }

  public static CliException unreachable(String message) {
    return new CliException(ExitCode.UNREACHABLE, message);
  }

  public static CliException serverError(String message) {
    return new CliException(ExitCode.SERVER_ERROR, message);
  }

  public int exitCode() {
    return exitCode;
  }

  /** The server's code for the refusal, e.g. {@code auth.otp.required}; null when there is none. */
  public String code() {
    return code;
  }
}
