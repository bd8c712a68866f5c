package dev.personaltokens.domain.clilogin;

import static dev.personaltokens.domain.InvalidValues.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class UserCodeTest {

  @ParameterizedTest
  @ValueSource(strings = {"BCDF-GHJK", "bcdf-ghjk", "BCDFGHJK", " bcdf ghjk ", "Bcdf-Ghjk\n"})
  void readsTheCodeAsPeopleTypeIt(String typed) {
    assertThat(UserCode.parse(typed).value()).isEqualTo("BCDFGHJK");
  }

  @Test
  void isShownInTwoGroups() {
    assertThat(new UserCode("BCDFGHJK").displayed()).isEqualTo("BCDF-GHJK");
    assertThat(new UserCode("BCDFGHJK")).hasToString("BCDF-GHJK");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "BCDF-GHJ", // too short
        "BCDF-GHJKL", // too long
        "BCDA-GHJK", // a vowel
        "BCD0-GHJK", // a digit
        "BCDF_GHJK",
        "BCDF-GHJÉ"
      })
  void refusesAnythingElse(String typed) {
    assertRejected(() -> UserCode.parse(typed), "login.code.malformed", "user_code");
  }

  @Test
  void drawsEveryLetterOfTheAlphabetAlikeAndSkipsBytesThatWouldBiasIt() {
    Random random = new Random(7);
    Map<Character, Integer> seen = new HashMap<>();
    for (int i = 0; i < 2_000; i++) {
      byte[] bytes = new byte[8];
      UserCode code =
          UserCode.draw(
              () -> {
                random.nextBytes(bytes);
                return bytes;
              });
      code.value().chars().forEach(letter -> seen.merge((char) letter, 1, Integer::sum));
    }
    assertThat(seen).hasSize(UserCode.ALPHABET.length());
    // 16,000 letters over 20: 800 each expected; a biased draw would give the first ones ~6% more.
    assertThat(seen.values()).allSatisfy(count -> assertThat(count).isBetween(680, 920));
  }

  @Test
  void drawsAgainWhenTheBytesRunOut() {
    // 240 and above would favour the first letters: skipped. Then B (0), C (1) ...
    ArrayDeque<byte[]> draws = new ArrayDeque<>();
    draws.add(new byte[] {(byte) 250, 0, 1, (byte) 255});
    draws.add(new byte[] {2, 3, (byte) 240, 4, 5, 6, 7, 8});
    assertThat(UserCode.draw(draws::poll).value()).isEqualTo("BCDFGHJK");
  }
}
