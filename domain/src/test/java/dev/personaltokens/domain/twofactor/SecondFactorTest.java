package dev.personaltokens.domain.twofactor;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class SecondFactorTest {

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"  ", "\t"})
  void nothingGivenIsNone(String typed) {
    assertThat(SecondFactor.presented(typed).isGiven()).isFalse();
    assertThat(SecondFactor.presented(typed).appCode()).isEmpty();
    assertThat(SecondFactor.presented(typed).recoveryCode()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({"123456, 123456", "' 012 345 ', 012345", "000000, 000000"})
  void anAppsCodeIsSixDigitsShownInGroupsOrNot(String typed, String digits) {
    assertThat(SecondFactor.presented(typed).appCode()).contains(digits);
    assertThat(SecondFactor.presented(typed).recoveryCode()).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "1234567", "12345a", "１２３４５６", "12-34-56"})
  void anythingElseIsNoAppsCode(String typed) {
    assertThat(SecondFactor.presented(typed).isGiven()).isTrue();
    assertThat(SecondFactor.presented(typed).appCode()).isEmpty();
  }

  @Test
  void aRecoveryCodeIsReadAsOne() {
    RecoveryCode code = RecoveryCode.issue(new byte[RecoveryCode.BYTES]);

    assertThat(SecondFactor.presented(code.reveal()).recoveryCode()).contains(code);
    assertThat(SecondFactor.presented(code.reveal()).appCode()).isEmpty();
    String padded = code.reveal().replace("-", " ".repeat(20));
    assertThat(RecoveryCode.parse(padded)).contains(code);
    assertThat(SecondFactor.presented(padded).recoveryCode()).as("past 64 characters").isEmpty();
  }

  @Test
  void neverPrintsWhatWasTyped() {
    assertThat(SecondFactor.presented("123456").toString()).doesNotContain("123456");
  }
}
