package dev.personaltokens.adapter.out.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.account.PasswordHash;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class Pbkdf2PasswordHasherTest {

  private static final Password PASSWORD = Password.newPassword("correct horse battery");

  /**
   * RFC 7914, section 11: PBKDF2-HMAC-SHA256 test vectors (the first 32 bytes of each, our hash's
   * length), written as this hasher stores hashes.
   */
  @ParameterizedTest
  @ValueSource(
      strings = {
        "passwd|salt|1|55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc",
        "Password|NaCl|80000|4ddcd8f60b98be21830cee5ef22701f9641a4418d04c0414aeff08876b34ab56"
      })
  void matchesTheRfcVectorsAtTheirOwnIterationCounts(String vector) {
    String[] parts = vector.split("\\|");
    PasswordHash stored = stored(parts[1], Integer.parseInt(parts[2]), parts[3]);
    Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher();

    assertThat(hasher.matches(Password.presented(parts[0]), stored)).isTrue();
    assertThat(hasher.matches(Password.presented(parts[0] + "!"), stored)).isFalse();
  }

  @Test
  void storesItsIterationCountWithEveryHash() {
    PasswordHash hash = new Pbkdf2PasswordHasher().hash(PASSWORD);

    assertThat(hash.encoded()).startsWith("pbkdf2-sha256$" + Pbkdf2PasswordHasher.ITERATIONS + "$");
    assertThat(hash.encoded().split("\\$")).hasSize(4);
  }

  @Test
  void verifiesAnOlderHashAtTheCountItWasMadeWith() {
    PasswordHash older = new Pbkdf2PasswordHasher(1_000).hash(PASSWORD);
    Pbkdf2PasswordHasher raised = new Pbkdf2PasswordHasher(2_000);

    assertThat(older.encoded()).startsWith("pbkdf2-sha256$1000$");
    assertThat(raised.matches(PASSWORD, older)).isTrue();
    assertThat(raised.matches(Password.presented("wrong password"), older)).isFalse();
  }

  @Test
  void saltsEachHashDifferently() {
    Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(1_000);

    assertThat(hasher.hash(PASSWORD)).isNotEqualTo(hasher.hash(PASSWORD));
  }

  /**
   * A decoy is checked as a real hash is - same scheme, count and field lengths, so that the check
   * derives at full cost - and matches nothing, and no two are alike.
   */
  @Test
  void aDecoyIsShapedAsARealHashAndMatchesNoPassword() {
    Pbkdf2PasswordHasher hasher = new Pbkdf2PasswordHasher(1_000);
    String[] real = hasher.hash(PASSWORD).encoded().split("\\$");
    PasswordHash decoy = hasher.decoy();
    String[] shape = decoy.encoded().split("\\$");

    assertThat(shape).hasSameSizeAs(real);
    for (int part = 0; part < real.length; part++) {
      assertThat(shape[part]).hasSameSizeAs(real[part]);
    }
    assertThat(shape[0] + "$" + shape[1]).isEqualTo(real[0] + "$" + real[1]);
    assertThat(hasher.matches(PASSWORD, decoy)).isFalse();
    assertThat(hasher.matches(Password.presented("a"), decoy)).isFalse();
    assertThat(hasher.decoy()).isNotEqualTo(decoy);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "bcrypt$10$salt$hash",
        "pbkdf2-sha256$many$c2FsdA$aGFzaA",
        "pbkdf2-sha256$0$c2FsdA$aGFzaA",
        "pbkdf2-sha256$1000$not base64!$aGFzaA",
        "pbkdf2-sha256$1000$c2FsdA"
      })
  void aCorruptStoredHashMatchesNothing(String encoded) {
    assertThat(new Pbkdf2PasswordHasher().matches(PASSWORD, new PasswordHash(encoded))).isFalse();
  }

  private static PasswordHash stored(String salt, int iterations, String hex) {
    Base64.Encoder base64 = Base64.getEncoder().withoutPadding();
    return new PasswordHash(
        String.join(
            "$",
            "pbkdf2-sha256",
            Integer.toString(iterations),
            base64.encodeToString(salt.getBytes(StandardCharsets.UTF_8)),
            base64.encodeToString(HexFormat.of().parseHex(hex))));
  }
}
