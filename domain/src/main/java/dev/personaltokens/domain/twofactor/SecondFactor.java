package dev.personaltokens.domain.twofactor;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a person gives as the second factor of a sign-in: the code their authenticator app shows
 * now, or one of their recovery codes. Kept as typed and judged only once the password was right,
 * so that a malformed code tells no more than a wrong one. Never printed: {@link #toString()} hides
 * it.
 */
public final class SecondFactor {

  /** None given, e.g. by a client that doesn't know the account has two-factor sign-in on. */
  public static final SecondFactor NONE = new SecondFactor("");

  /** The app's code: six digits, which apps show in two groups of three. */
  public static final int DIGITS = 6;

  private static final Pattern APP_CODE = Pattern.compile("[0-9]{" + DIGITS + "}");

  /** Longer than any code with separators: what is longer can't be one. */
  private static final int MAX_LENGTH = 64;

  private final String typed;

  private SecondFactor(String typed) {
    this.typed = typed;
  }

  /** What was given; null or blank is none. */
  public static SecondFactor presented(String typed) {
    return typed == null || typed.isBlank() ? NONE : new SecondFactor(typed.strip());
  }

  public boolean isGiven() {
    return !typed.isEmpty();
  }

  /** The six digits of the app's code, if that is what was given ({@code 123 456} too). */
  public Optional<String> appCode() {
    String digits = typed.replace(" ", "");
    return APP_CODE.matcher(digits).matches() ? Optional.of(digits) : Optional.empty();
  }

  /** The recovery code given, if it has a recovery code's shape. */
  public Optional<RecoveryCode> recoveryCode() {
    return typed.length() > MAX_LENGTH ? Optional.empty() : RecoveryCode.parse(typed);
  }

  @Override
  public String toString() {
    return "SecondFactor[hidden]";
  }
}
