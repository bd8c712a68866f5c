package dev.personaltokens.adapter.in.cli;

/**
 * A failure to report to the user as one line on standard error, ending the command with its exit
 * code. It carries no stack trace: the message is all the user needs.
 */
public final class CliException extends RuntimeException {

  private final int exitCode;

  CliException(int exitCode, String message) {
    super(message, null, false, false);
    this.exitCode = exitCode;
  }

  static CliException failed(String message) {
    return new CliException(ExitCode.FAILED, message);
  }

  static CliException usage(String message) {
    return new CliException(ExitCode.USAGE, message);
  }

  static CliException notSignedIn(String message) {
    return new CliException(ExitCode.NOT_SIGNED_IN, message);
  }

  static CliException notFound(String message) {
    return new CliException(ExitCode.NOT_FOUND, message);
  }

  static CliException unreachable(String message) {
    return new CliException(ExitCode.UNREACHABLE, message);
  }

  static CliException serverError(String message) {
    return new CliException(ExitCode.SERVER_ERROR, message);
  }

  public int exitCode() {
    return exitCode;
  }
}
