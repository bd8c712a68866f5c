package dev.personaltokens.domain;

/** A value that breaks its rules; {@code field} names the input it came from. */
public final class InvalidValueException extends DomainException {

  private final String field;

  public InvalidValueException(String code, String field, String message) {
    super(ErrorCategory.INVALID, code, message);
    this.field = field;
  }

  public String field() {
    return field;
  }
}
