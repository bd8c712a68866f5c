package dev.personaltokens.domain.account;

/** An account's number, given by the store; Azion's API shows it as {@code user_id}. */
public record AccountId(long value) {

  public AccountId {
    if (value < 1) {
      throw new IllegalArgumentException("account ids start at 1");
    }
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
