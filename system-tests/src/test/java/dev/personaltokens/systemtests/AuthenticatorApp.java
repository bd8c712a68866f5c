package dev.personaltokens.systemtests;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.time.Instant;
import java.util.Locale;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An authenticator app in a test's hand: the codes of RFC 6238 (HMAC-SHA-1, 30-second steps, six
 * digits) computed here, with the JDK's HMAC, from the base32 key the server handed out - apart
 * from the server's code generator and its base32 - so that a test checks what a real app would
 * show. {@code AuthenticatorAppTest} holds it to the RFC's own test vectors.
 */
final class AuthenticatorApp {

  static final String BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private final byte[] key;

  /** The app that was given this key, as a person types it (any case, spaces allowed). */
  AuthenticatorApp(String base32Key) {
    this.key = decode(base32Key);
  }

  /** The code the app shows {@code steps} steps from now: 0 now, 1 the next one. */
  String code(int steps) {
    return code(key, Instant.now().getEpochSecond() / 30 + steps, 6);
  }

  /** RFC 4226's HOTP of the step number (RFC 6238's T), {@code digits} long. */
  static String code(byte[] key, long step, int digits) {
    try {
      Mac hmac = Mac.getInstance("HmacSHA1");
      hmac.init(new SecretKeySpec(key, "HmacSHA1"));
      byte[] hash = hmac.doFinal(ByteBuffer.allocate(8).putLong(step).array());
      int offset = hash[hash.length - 1] & 0xf;
      int binary = ByteBuffer.wrap(hash, offset, 4).getInt() & 0x7fffffff;
      return String.format(Locale.ROOT, "%0" + digits + "d", binary % (int) Math.pow(10, digits));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("every Java platform has HmacSHA1", e);
    }
  }

  static byte[] decode(String base32) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : base32.replace(" ", "").toUpperCase(Locale.ROOT).toCharArray()) {
      int value = BASE32.indexOf(c);
      if (value < 0) {
        throw new IllegalArgumentException("not base32: " + c);
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        bytes.write(buffer >>> (bits - 8));
        buffer &= (1 << (bits - 8)) - 1;
        bits -= 8;
      }
    }
    return bytes.toByteArray();
  }
}
