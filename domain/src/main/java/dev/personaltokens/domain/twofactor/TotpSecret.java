package dev.personaltokens.domain.twofactor;

import dev.personaltokens.domain.account.Email;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * The secret an account shares with its authenticator app (RFC 6238): {@value #LENGTH} random
 * bytes, 160 bits as RFC 4226 recommends for HMAC-SHA-1, written in base32 for the person and the
 * app. Unlike a token it can't be kept as a digest: the server computes the codes from it. Never
 * printed: {@link #toString()} hides it.
 */
public final class TotpSecret {

  public static final int LENGTH = 20;

  /** Every authenticator app's defaults (Google Authenticator's key URI format), said anyway. */
  private static final String PARAMETERS = "&algorithm=SHA1&digits=6&period=30";

  private final byte[] bytes;

  private TotpSecret(byte[] bytes) {
    this.bytes = bytes.clone();
  }

  /** A secret of these {@value #LENGTH} random bytes. */
  public static TotpSecret of(byte[] bytes) {
    if (bytes.length != LENGTH) {
      throw new IllegalArgumentException("a TOTP secret is " + LENGTH + " bytes");
    }
    return new TotpSecret(bytes);
  }

  /** The secret as {@link #base32()} wrote it, e.g. when it was stored. */
  public static TotpSecret fromBase32(String text) {
    return of(
        Base32.decode(text)
            .orElseThrow(() -> new IllegalArgumentException("a TOTP secret is base32")));
  }

  /** The key itself, for the code generator only. */
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The secret as a person types it into an authenticator app: 32 letters and digits. */
  public String base32() {
    return Base32.encode(bytes);
  }

  /**
   * The {@code otpauth://} URI an authenticator app reads from a QR code: the app shows the account
   * as {@code issuer (email)}.
   */
  public String uri(String issuer, Email account) {
    return "otpauth://totp/"
        + encoded(issuer)
        + ":"
        + encoded(account.value())
        + "?secret="
        + base32()
        + "&issuer="
        + encoded(issuer)
        + PARAMETERS;
  }

  /** Percent-encoded, spaces as %20: apps read a {@code +} in the label as a plus sign. */
  private static String encoded(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TotpSecret that && MessageDigest.isEqual(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "TotpSecret[hidden]";
  }
}
