package dev.personaltokens.adapter.out.platform;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.domain.token.Base62;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecureRandomnessTest {

  private final SecureRandomness randomness = new SecureRandomness();

  @Test
  void drawsBase62OfTheAskedLength() {
    assertThat(randomness.base62(32)).hasSize(32).matches("[0-9A-Za-z]{32}");
    assertThat(randomness.base62(0)).isEmpty();
  }

  @Test
  void neverRepeatsASecret() {
    Set<String> drawn = new HashSet<>();
    for (int i = 0; i < 10_000; i++) {
      drawn.add(randomness.base62(32));
    }
    assertThat(drawn).hasSize(10_000);
  }

  /**
   * Every character of the alphabet comes up about as often (62,000 draws, about 1,000 each): a
   * modulo bias or a missing letter would show far outside these bounds.
   */
  @Test
  void usesTheWholeAlphabetEvenly() {
    Map<Character, Integer> counts = new HashMap<>();
    String drawn = randomness.base62(62_000);
    for (char c : drawn.toCharArray()) {
      counts.merge(c, 1, Integer::sum);
    }
    assertThat(counts).hasSize(Base62.ALPHABET.length());
    assertThat(counts.values()).allSatisfy(count -> assertThat(count).isBetween(800, 1_200));
  }

  @Test
  void drawsBytesOfTheAskedCountNeverTheSameTwice() {
    Set<String> drawn = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      byte[] bytes = randomness.bytes(20);
      assertThat(bytes).hasSize(20);
      drawn.add(HexFormat.of().formatHex(bytes));
    }
    assertThat(drawn).hasSize(1_000);
  }
}
