package dev.personaltokens.domain.clilogin;

import dev.personaltokens.domain.InvalidValueException;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * The code a person compares and approves in the console for a command-line login: {@value #LENGTH}
 * letters from an alphabet without vowels (no words spelled by chance) and without letters easily
 * mistaken for another, shown as two groups, {@code BDFG-HJKL} (RFC 8628, section 6.1). Read as
 * people type it: any case, with or without the dash or spaces.
 */
public record UserCode(String value) {

  public static final int LENGTH = 8;

  /** 20 consonants: 20^8, about 2.6 * 10^10 codes, against a code that lives ten minutes. */
  static final String ALPHABET = "BCDFGHJKLMNPQRSTVWXZ";

  /** The largest multiple of the alphabet's size a byte can be: above it a byte is drawn again. */
  private static final int UNBIASED = 256 - 256 % ALPHABET.length();

  public UserCode {
    if (value == null || value.length() != LENGTH || !value.chars().allMatch(UserCode::isLetter)) {
      throw malformed();
    }
  }

  /** A new code from {@code random} bytes, each letter drawn uniformly (no modulo bias). */
  public static UserCode draw(Supplier<byte[]> random) {
    StringBuilder letters = new StringBuilder(LENGTH);
    while (letters.length() < LENGTH) {
      for (byte drawn : random.get()) {
        int value = drawn & 0xff;
        if (value < UNBIASED && letters.length() < LENGTH) {
          letters.append(ALPHABET.charAt(value % ALPHABET.length()));
        }
      }
    }
    return new UserCode(letters.toString());
  }

  /** The code a person typed or a link carried: {@code bdfg-hjkl}, {@code BDFG HJKL}, ... */
  public static UserCode parse(String typed) {
    if (typed == null) {
      throw malformed();
    }
    return new UserCode(typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT));
  }

  /** As it is shown, in the command line and the console alike: {@code BDFG-HJKL}. */
  public String displayed() {
    return value.substring(0, LENGTH / 2) + "-" + value.substring(LENGTH / 2);
  }

  private static boolean isLetter(int character) {
    return ALPHABET.indexOf(character) >= 0;
  }

  private static InvalidValueException malformed() {
    return new InvalidValueException(
        "login.code.malformed",
        "user_code",
        "the code is 8 letters, as the command line shows it (e.g. BDFG-HJKL)");
  }

  @Override
  public String toString() {
    return displayed();
  }
}
