package dev.personaltokens.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts that a value is rejected with the stable code and field a client relies on. */
public final class InvalidValues {

  private InvalidValues() {}

  public static void assertRejected(ThrowingCallable creation, String code, String field) {
    assertThatThrownBy(creation)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).as("code").isEqualTo(code);
              assertThat(e.field()).as("field").isEqualTo(field);
              assertThat(e.getMessage()).as("message").isNotBlank();
            });
  }
}
