package dev.personaltokens.domain.twofactor;

import java.io.ByteArrayOutputStream;
import java.util.Optional;

/**
 * RFC 4648 base32, without padding: how authenticator apps take a secret typed by hand or read from
 * a QR code, and a case-insensitive alphabet without 0, 1 or 8, which people type well.
 */
public final class Base32 {

  public static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

  private Base32() {}

  public static String encode(byte[] bytes) {
    StringBuilder out = new StringBuilder((bytes.length * 8 + 4) / 5);
    int buffer = 0;
    int bits = 0;
    for (byte b : bytes) {
      buffer = (buffer << 8) | (b & 0xff);
      bits += 8;
      while (bits >= 5) {
        out.append(ALPHABET.charAt((buffer >>> (bits - 5)) & 31));
        bits -= 5;
      }
    }
    if (bits > 0) {
      out.append(ALPHABET.charAt((buffer << (5 - bits)) & 31));
    }
    return out.toString();
  }

  /**
   * The bytes {@code text} encodes, in either case; nothing for a character outside the alphabet or
   * for left-over bits that are not zero (no two texts decode to the same bytes).
   */
  public static Optional<byte[]> decode(String text) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(text.length() * 5 / 8);
    int buffer = 0;
    int bits = 0;
    for (int i = 0; i < text.length(); i++) {
      int value = ALPHABET.indexOf(Character.toUpperCase(text.charAt(i)));
      if (value < 0) {
        return Optional.empty();
      }
      buffer = (buffer << 5) | value;
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >>> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    if (bits >= 5 || (buffer & ((1 << bits) - 1)) != 0) {
      return Optional.empty();
    }
    return Optional.of(out.toByteArray());
  }
}
