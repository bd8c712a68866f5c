package dev.personaltokens.domain.token;

import static dev.personaltokens.domain.InvalidValues.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TokenSecretTest {

  /** Spelled out again rather than read from {@link Base62}, to check it independently. */
  private static final String BASE62 =
      "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  private static final String RANDOM = "0123456789ABCDEFGHIJKLMNOPQRSTUV";

  @Test
  void personalTokenIsPtkPrefixAndThirtyEightBase62Characters() {
    String secret = TokenSecret.issue(SecretKind.PERSONAL_TOKEN, RANDOM).reveal();

    assertThat(secret).matches("^ptk_[0-9A-Za-z]{38}$").hasSize(42).hasSize(TokenSecret.LENGTH);
    assertThat(secret).startsWith("ptk_" + RANDOM);
  }

  @Test
  void sessionIsPtsPrefixAndThirtyEightBase62Characters() {
    String secret = TokenSecret.issue(SecretKind.SESSION, RANDOM).reveal();

    assertThat(secret).matches("^pts_[0-9A-Za-z]{38}$").startsWith("pts_" + RANDOM);
  }

  @ParameterizedTest
  @MethodSource("randomParts")
  void checksumIsCrc32OfTheFirstThirtySixCharactersInSixBase62Characters(String random) {
    for (SecretKind kind : SecretKind.values()) {
      String secret = TokenSecret.issue(kind, random).reveal();

      assertThat(secret.substring(36)).isEqualTo(independentChecksum(secret.substring(0, 36)));
    }
  }

  @Test
  void checksumOfAKnownBodyIsStable() {
    // Pins the format: any client that checks a token offline depends on exactly this.
    String body = "ptk_" + "0".repeat(32);
    CRC32 crc = new CRC32();
    crc.update(body.getBytes(StandardCharsets.US_ASCII));

    assertThat(TokenSecret.checksum(body)).isEqualTo(base62(crc.getValue(), 6)).hasSize(6);
  }

  @Test
  void checksumOfTheLargestCrcStillFitsInSixCharacters() {
    assertThat(base62(0xFFFF_FFFFL, 6)).isEqualTo("4gfFC3");
    assertThat(Base62.encode(0xFFFF_FFFFL, 6)).isEqualTo("4gfFC3");
  }

  @ParameterizedTest
  @MethodSource("randomParts")
  void parsesWhatItIssued(String random) {
    for (SecretKind kind : SecretKind.values()) {
      TokenSecret issued = TokenSecret.issue(kind, random);

      TokenSecret parsed = TokenSecret.parse(issued.reveal());

      assertThat(parsed).isEqualTo(issued).hasSameHashCodeAs(issued);
      assertThat(parsed.kind()).isEqualTo(kind);
      assertThat(parsed.reveal()).isEqualTo(issued.reveal());
      assertThat(parsed.digest()).isEqualTo(issued.digest());
      assertThat(TokenSecret.isWellFormed(issued.reveal())).isTrue();
    }
  }

  @Test
  void rejectsNull() {
    assertRejected(() -> TokenSecret.parse(null), "token.malformed", "token");
    assertThat(TokenSecret.isWellFormed(null)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(ints = {0, 1, 4, 36, 41, 43, 84})
  void rejectsWrongLength(int length) {
    String valid = issued(1);
    String candidate =
        length <= valid.length() ? valid.substring(0, length) : valid + "a".repeat(length - 42);

    assertRejected(() -> TokenSecret.parse(candidate), "token.malformed", "token");
    assertThat(TokenSecret.isWellFormed(candidate)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"abc_", "PTK_", "Ptk_", "pat_", "ptk-", "ptkx", "glpa", "ghp_"})
  void rejectsUnknownPrefix(String prefix) {
    String body = prefix + RANDOM;
    // A correct checksum for the body, so that only the prefix is wrong.
    String candidate = body + independentChecksum(body);

    assertRejected(() -> TokenSecret.parse(candidate), "token.malformed", "token");
  }

  @ParameterizedTest
  @ValueSource(chars = {'-', '_', '+', '/', '=', ' ', '.', 'é', '\u0000', '\n'})
  void rejectsNonBase62Character(char wrong) {
    String random = wrong + RANDOM.substring(1);
    String body = "ptk_" + random;
    String candidate = body + independentChecksum(body);

    assertRejected(() -> TokenSecret.parse(candidate), "token.malformed", "token");
  }

  @Test
  void rejectsNonBase62CharacterInTheChecksum() {
    String valid = issued(2);
    String candidate = valid.substring(0, 41) + "-";

    assertRejected(() -> TokenSecret.parse(candidate), "token.malformed", "token");
  }

  @ParameterizedTest
  @MethodSource("everyPosition")
  void rejectsAnyOneChangedCharacter(int position) {
    for (int seed = 0; seed < 5; seed++) {
      String valid = issued(seed);
      for (char replacement : "0aZ_p".toCharArray()) {
        if (valid.charAt(position) == replacement) {
          continue;
        }
        String changed = valid.substring(0, position) + replacement + valid.substring(position + 1);

        assertRejected(() -> TokenSecret.parse(changed), "token.malformed", "token");
      }
    }
  }

  @Test
  void rejectsAPersonalTokenRelabelledAsASession() {
    String valid = issued(3);
    String relabelled = "pts_" + valid.substring(4);

    assertRejected(() -> TokenSecret.parse(relabelled), "token.malformed", "token");
  }

  @ParameterizedTest
  @MethodSource("everyAdjacentPair")
  void rejectsSwappedAdjacentCharacters(int position) {
    for (int seed = 0; seed < 20; seed++) {
      String valid = issued(seed);
      char first = valid.charAt(position);
      char second = valid.charAt(position + 1);
      if (first == second) {
        continue;
      }
      String swapped =
          valid.substring(0, position) + second + first + valid.substring(position + 2);

      assertRejected(() -> TokenSecret.parse(swapped), "token.malformed", "token");
    }
  }

  @ParameterizedTest
  @EnumSource(SecretKind.class)
  void toStringNeverContainsTheSecret(SecretKind kind) {
    TokenSecret secret = TokenSecret.issue(kind, RANDOM);

    assertThat(secret.toString())
        .isEqualTo(secret.hint().value())
        .doesNotContain(secret.reveal())
        .doesNotContain(RANDOM)
        .doesNotContain(secret.reveal().substring(4, 36));
    assertThat(String.valueOf(secret)).doesNotContain(RANDOM);
    assertThat("" + secret).doesNotContain(RANDOM);
  }

  @ParameterizedTest
  @MethodSource("randomParts")
  void digestIsSha256HexOfTheWholeSecret(String random) throws Exception {
    TokenSecret secret = TokenSecret.issue(SecretKind.PERSONAL_TOKEN, random);
    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest(secret.reveal().getBytes(StandardCharsets.UTF_8)));

    assertThat(secret.digest().hex()).isEqualTo(expected).hasSize(64);
  }

  @Test
  void personalTokenAndSessionWithTheSameRandomPartHaveDifferentDigests() {
    assertThat(TokenSecret.issue(SecretKind.PERSONAL_TOKEN, RANDOM).digest())
        .isNotEqualTo(TokenSecret.issue(SecretKind.SESSION, RANDOM).digest());
  }

  @ParameterizedTest
  @EnumSource(SecretKind.class)
  void hintIsPrefixThenDotsThenTheLastFourCharacters(SecretKind kind) {
    TokenSecret secret = TokenSecret.issue(kind, RANDOM);
    String value = secret.reveal();

    assertThat(secret.hint().value())
        .isEqualTo(kind.prefix() + "..." + value.substring(value.length() - 4))
        .hasSize(11);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "0123456789ABCDEFGHIJKLMNOPQRSTU",
        "0123456789ABCDEFGHIJKLMNOPQRSTUVW",
        "0123456789ABCDEFGHIJKLMNOPQRSTU-"
      })
  void issueRejectsARandomPartThatIsNotThirtyTwoBase62Characters(String random) {
    assertThatThrownBy(() -> TokenSecret.issue(SecretKind.PERSONAL_TOKEN, random))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void secretsAreEqualOnlyWhenTheirValuesAre() {
    TokenSecret one = TokenSecret.issue(SecretKind.PERSONAL_TOKEN, RANDOM);
    TokenSecret same = TokenSecret.issue(SecretKind.PERSONAL_TOKEN, RANDOM);
    TokenSecret other = TokenSecret.parse(issued(4));

    assertThat(one).isEqualTo(same).hasSameHashCodeAs(same).isNotEqualTo(other);
    assertThat(one).isNotEqualTo(RANDOM);
  }

  static Stream<String> randomParts() {
    Random random = new Random(62);
    return Stream.concat(
        Stream.of("0".repeat(32), "z".repeat(32), RANDOM),
        IntStream.range(0, 20).mapToObj(i -> randomBase62(random)));
  }

  static IntStream everyPosition() {
    return IntStream.range(0, TokenSecret.LENGTH);
  }

  static IntStream everyAdjacentPair() {
    return IntStream.range(0, TokenSecret.LENGTH - 1);
  }

  private static String issued(long seed) {
    return TokenSecret.issue(SecretKind.PERSONAL_TOKEN, randomBase62(new Random(seed))).reveal();
  }

  private static String randomBase62(Random random) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < 32; i++) {
      out.append(BASE62.charAt(random.nextInt(62)));
    }
    return out.toString();
  }

  private static String independentChecksum(String body) {
    CRC32 crc = new CRC32();
    crc.update(body.getBytes(StandardCharsets.UTF_8));
    return base62(crc.getValue(), 6);
  }

  private static String base62(long value, int width) {
    StringBuilder reversed = new StringBuilder();
    long rest = value;
    do {
      reversed.append(BASE62.charAt((int) (rest % 62)));
      rest /= 62;
    } while (rest > 0);
    while (reversed.length() < width) {
      reversed.append('0');
    }
    return reversed.reverse().toString();
  }
}
