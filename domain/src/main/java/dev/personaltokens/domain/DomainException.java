package dev.personaltokens.domain;

/**
 * A broken business rule, identified by a stable code that clients can rely on, and by its {@link
 * ErrorCategory}, from which every adapter derives its own answer.
 */
public class DomainException extends RuntimeException {

  private final ErrorCategory category;
  private final String code;

  public DomainException(ErrorCategory category, String code, String message) {
    super(message, null, false, false);
    this.category = category;
    this.code = code;
  }

  public ErrorCategory category() {
    return category;
  }

  public String code() {
    return code;
  }
}
