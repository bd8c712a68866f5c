package dev.personaltokens.domain.twofactor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RecoveryCodeTest {

  private static final byte[] RANDOM = {1, 2, 3, 4, 5, 6, 7, 8, 9, 10};

  @Test
  void isSixteenBase32CharactersInFourGroups() {
    RecoveryCode code = RecoveryCode.issue(RANDOM);

    assertThat(code.reveal())
        .isEqualTo("aeba-gbaf-aydq-qcik")
        .matches("([a-z2-7]{4}-){3}[a-z2-7]{4}");
  }

  @Test
  void isKnownByTheSha256OfItsSixteenCharacters() throws Exception {
    String expected =
        HexFormat.of()
            .formatHex(
                MessageDigest.getInstance("SHA-256")
                    .digest("aebagbafaydqqcik".getBytes(StandardCharsets.US_ASCII)));

    assertThat(RecoveryCode.issue(RANDOM).digest().hex()).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "aeba-gbaf-aydq-qcik",
        "AEBA-GBAF-AYDQ-QCIK",
        "aebagbafaydqqcik",
        " aeba gbaf aydq qcik "
      })
  void isReadAsTypedInAnyCaseWithOrWithoutSeparators(String typed) {
    assertThat(RecoveryCode.parse(typed)).contains(RecoveryCode.issue(RANDOM));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"", "aeba-gbaf-aydq", "aeba-gbaf-aydq-qcik-aaaa", "aeba-gbaf-aydq-qci1", "123456"})
  void anythingElseIsNoRecoveryCode(String typed) {
    assertThat(RecoveryCode.parse(typed)).isEmpty();
  }

  @Test
  void neverPrintsItself() {
    assertThat(RecoveryCode.issue(RANDOM).toString()).doesNotContain("aeba");
  }

  @Test
  void isMadeOfTenBytes() {
    assertThatThrownBy(() -> RecoveryCode.issue(new byte[8]))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
