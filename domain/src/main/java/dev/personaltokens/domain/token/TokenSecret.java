package dev.personaltokens.domain.token;

import dev.personaltokens.domain.InvalidValueException;
import java.util.Optional;
import java.util.zip.CRC32;

/**
 * A bearer secret: prefix, {@value #RANDOM_LENGTH} random base62 characters (about 190 bits), then
 * {@value #CHECKSUM_LENGTH} base62 characters of CRC32 over all that comes before them, so that a
 * client can reject a mistyped secret without asking the server.
 *
 * <p>It is never printed: {@link #toString()} shows only the hint. The secret itself is read with
 * {@link #reveal()}, once, to hand it to its owner.
 */
public final class TokenSecret {

  public static final int RANDOM_LENGTH = 32;
  public static final int CHECKSUM_LENGTH = 6;
  public static final int LENGTH = 4 + RANDOM_LENGTH + CHECKSUM_LENGTH;

  private final SecretKind kind;
  private final String value;

  private TokenSecret(SecretKind kind, String value) {
    this.kind = kind;
    this.value = value;
  }

  /** A new secret of this kind around {@code random}: {@value #RANDOM_LENGTH} base62 characters. */
  public static TokenSecret issue(SecretKind kind, String random) {
    if (random.length() != RANDOM_LENGTH || !Base62.isBase62(random)) {
      throw new IllegalArgumentException("the random part must be 32 base62 characters");
    }
    String body = kind.prefix() + random;
    return new TokenSecret(kind, body + checksum(body));
  }

  /** Reads a presented secret, rejecting anything that is not well formed or fails its checksum. */
  public static TokenSecret parse(String presented) {
    if (presented == null || presented.length() != LENGTH) {
      throw malformed();
    }
    SecretKind kind = SecretKind.ofSecret(presented).orElseThrow(TokenSecret::malformed);
    String rest = presented.substring(kind.prefix().length());
    String body = presented.substring(0, LENGTH - CHECKSUM_LENGTH);
    if (!Base62.isBase62(rest)
        || !checksum(body).equals(presented.substring(LENGTH - CHECKSUM_LENGTH))) {
      throw malformed();
    }
    return new TokenSecret(kind, presented);
  }

  /** Whether {@code candidate} has the shape and checksum of a secret; no server is asked. */
  public static boolean isWellFormed(String candidate) {
    return tryParse(candidate).isPresent();
  }

  /** The secret {@code candidate} is, if it is well formed; nothing otherwise. */
  public static Optional<TokenSecret> tryParse(String candidate) {
    try {
      return Optional.of(parse(candidate));
    } catch (InvalidValueException e) {
      return Optional.empty();
    }
  }

  static String checksum(String body) {
    CRC32 crc = new CRC32();
    for (int i = 0; i < body.length(); i++) {
      crc.update(body.charAt(i));
    }
    return Base62.encode(crc.getValue(), CHECKSUM_LENGTH);
  }

  private static InvalidValueException malformed() {
    return new InvalidValueException(
        "token.malformed", "token", "the token is not a well-formed ptk_ or pts_ token");
  }

  public SecretKind kind() {
    return kind;
  }

  public TokenDigest digest() {
    return TokenDigest.of(value);
  }

  public TokenHint hint() {
    return TokenHint.of(kind, value);
  }

  /** The secret itself: only for handing it to its owner, once. */
  public String reveal() {
    return value;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof TokenSecret that && digest().equals(that.digest());
  }

  @Override
  public int hashCode() {
    return digest().hashCode();
  }

  @Override
  public String toString() {
    return hint().value();
  }
}
