package dev.personaltokens.domain.account;

import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.Text;

/**
 * A password as typed. Any non-empty password can be presented to sign in; a new one must follow
 * the policy of {@link #newPassword}, and one a person chooses for themselves that of {@link
 * #ownChoice}. Never printed: {@link #toString()} hides it.
 */
public final class Password {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private final String value;

  private Password(String value) {
    this.value = value;
  }

  /** A password presented to sign in: only its presence and a sane length are checked. */
  public static Password presented(String value) {
    if (value == null || value.isEmpty() || value.length() > 4 * MAX_LENGTH) {
      throw new InvalidValueException(
          "account.password.invalid", "password", "the password is empty or far too long");
    }
    return new Password(value);
  }

  /** A password chosen for an account: {@value #MIN_LENGTH} to {@value #MAX_LENGTH} characters. */
  public static Password newPassword(String value) {
    int length = value == null ? 0 : Text.length(value);
    if (length < MIN_LENGTH) {
      throw new InvalidValueException(
          "account.password.too_short",
          "password",
          "a password needs at least " + MIN_LENGTH + " characters");
    }
    if (length > MAX_LENGTH) {
      throw new InvalidValueException(
          "account.password.too_long",
          "password",
          "a password has at most " + MAX_LENGTH + " characters");
    }
    return new Password(value);
  }

  /**
   * A password a person chooses for their own account (a change, a one-time link): a {@link
   * #newPassword} that is not one of the most common passwords, which guessers try first. The
   * operator's choices (configuration, {@code ptk admin}) are held to {@link #newPassword} only.
   */
  public static Password ownChoice(String value) {
    Password password = newPassword(value);
    if (CommonPasswords.contains(value)) {
      throw new InvalidValueException(
          "account.password.common",
          "password",
          "this password is one of the most common ones, which are guessed first; choose another");
    }
    return password;
  }

  /** Whether both are the same password, character for character. */
  public boolean sameAs(Password other) {
    return value.equals(other.value);
  }

  /** The characters themselves, for the password hasher only. */
  public char[] characters() {
    return value.toCharArray();
  }

  /** The password as text, to show a generated password to its owner once. */
  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return "********";
  }
}
