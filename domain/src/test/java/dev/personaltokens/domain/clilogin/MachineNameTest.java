package dev.personaltokens.domain.clilogin;

import static dev.personaltokens.domain.InvalidValues.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MachineNameTest {

  @Test
  void trims() {
    assertThat(new MachineName("  alice@laptop \n").value()).isEqualTo("alice@laptop");
  }

  @Test
  void takesAHundredCharactersAsPeopleCountThem() {
    assertThat(new MachineName("😀".repeat(100)).value()).hasSize(200);
    assertRejected(() -> new MachineName("x".repeat(101)), "login.machine.too_long", "machine");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {" ", "\t\n"})
  void isRequired(String name) {
    assertRejected(() -> new MachineName(name), "login.machine.blank", "machine");
  }

  @ParameterizedTest
  @ValueSource(strings = {"alice\u0007@laptop", "evil\u202Etxt", "a\nb"})
  void refusesWhatWouldReadDifferentlyOnScreen(String name) {
    assertRejected(() -> new MachineName(name), "login.machine.control_characters", "machine");
  }
}
