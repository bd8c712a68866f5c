package dev.personaltokens.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SeededRandomnessTest {

  @Test
  void drawsBase62CharactersOfTheLengthAskedFor() {
    SeededRandomness randomness = new SeededRandomness();

    assertThat(randomness.base62(32)).matches("[0-9A-Za-z]{32}");
    assertThat(randomness.base62(0)).isEmpty();
    assertThat(randomness.base62(1000)).matches("[0-9A-Za-z]{1000}");
  }

  @Test
  void repeatsItselfForTheSameSeedOnly() {
    assertThat(new SeededRandomness(7).base62(32)).isEqualTo(new SeededRandomness(7).base62(32));
    assertThat(new SeededRandomness(7).base62(32)).isNotEqualTo(new SeededRandomness(8).base62(32));
  }

  @Test
  void drawsSomethingNewEachTime() {
    SeededRandomness randomness = new SeededRandomness();

    assertThat(randomness.base62(32)).isNotEqualTo(randomness.base62(32));
  }

  @Test
  void drawsBytesOfTheCountAskedForAnewEachTime() {
    SeededRandomness randomness = new SeededRandomness();

    assertThat(randomness.bytes(20)).hasSize(20).isNotEqualTo(randomness.bytes(20));
    assertThat(new SeededRandomness(7).bytes(10)).isEqualTo(new SeededRandomness(7).bytes(10));
  }
}
