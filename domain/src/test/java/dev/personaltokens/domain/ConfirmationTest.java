package dev.personaltokens.domain;

import static dev.personaltokens.domain.InvalidValues.assertRejected;
import static org.assertj.core.api.Assertions.assertThatCode;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ConfirmationTest {

  @Test
  void acceptsTheWord() {
    assertThatCode(() -> Confirmation.require("delete", "confirm")).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"Delete", "DELETE", " delete", "delete ", "yes", "del"})
  void refusesAnythingElse(String typed) {
    assertRejected(() -> Confirmation.require(typed, "confirm"), "confirm.required", "confirm");
  }
}
