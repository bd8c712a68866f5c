package dev.personaltokens.domain.account;

import dev.personaltokens.domain.InvalidValueException;
import java.util.Locale;
import java.util.regex.Pattern;

/** An account's email: trimmed and lower-cased, so that it is unique whatever the case typed. */
public record Email(String value) {

  public static final int MAX_LENGTH = 254;
  private static final Pattern SHAPE =
      Pattern.compile("[^@\\s\\p{Z}\\p{Cntrl}]+@[^@\\s\\p{Z}\\p{Cntrl}]+");

  public Email {
    value = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
    if (value.length() > MAX_LENGTH || !SHAPE.matcher(value).matches()) {
      throw new InvalidValueException(
          "account.email.invalid", "email", "email must look like name@example.com");
    }
  }
}
