package dev.personaltokens.domain;

/** A broken business rule, identified by a stable code that clients can rely on. */
public class DomainException extends RuntimeException {

  private final String code;

  public DomainException(String code, String message) {
    super(message, null, false, false);
    this.code = code;
  }

  public String code() {
    return code;
  }
}
