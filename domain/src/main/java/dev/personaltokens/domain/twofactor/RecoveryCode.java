package dev.personaltokens.domain.twofactor;

import dev.personaltokens.domain.token.TokenDigest;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A one-time code that signs in in place of the authenticator app's, for a person who lost it:
 * {@value #BYTES} random bytes (80 bits) as 16 base32 letters and digits in groups of four, {@code
 * abcd-efgh-ijkl-mnop}. Typed in any case, with or without the dashes or with spaces. Only its
 * digest is stored, as a token's is: it is random, not a password a person chose. Never printed:
 * {@link #toString()} hides it.
 */
public final class RecoveryCode {

  /** How many an account gets when it turns two-factor sign-in on. */
  public static final int COUNT = 10;

  public static final int BYTES = 10;

  private static final Pattern CODE = Pattern.compile("[a-z2-7]{16}");

  /** The 16 characters, lower case, without separators. */
  private final String value;

  private RecoveryCode(String value) {
    this.value = value;
  }

  /** A new code of these {@value #BYTES} random bytes. */
  public static RecoveryCode issue(byte[] random) {
    if (random.length != BYTES) {
      throw new IllegalArgumentException("a recovery code is made of " + BYTES + " bytes");
    }
    return new RecoveryCode(Base32.encode(random).toLowerCase(Locale.ROOT));
  }

  /** The code {@code typed} is, if it has a recovery code's shape. */
  public static Optional<RecoveryCode> parse(String typed) {
    String value = typed.replaceAll("[\\s-]", "").toLowerCase(Locale.ROOT);
    return CODE.matcher(value).matches() ? Optional.of(new RecoveryCode(value)) : Optional.empty();
  }

  /** All that is stored of it. */
  public TokenDigest digest() {
    return TokenDigest.of(value);
  }

  /** The code as it is shown, once, to its owner: {@code abcd-efgh-ijkl-mnop}. */
  public String reveal() {
    return String.join(
        "-",
        value.substring(0, 4),
        value.substring(4, 8),
        value.substring(8, 12),
        value.substring(12));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof RecoveryCode that && digest().matches(that.digest());
  }

  @Override
  public int hashCode() {
    return digest().hashCode();
  }

  @Override
  public String toString() {
    return "RecoveryCode[hidden]";
  }
}
