package dev.personaltokens.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.domain.DomainException;
import dev.personaltokens.domain.InvalidValueException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts the stable codes that clients rely on. */
public final class DomainAssertions {

  private DomainAssertions() {}

  public static void assertFails(
      ThrowingCallable call, Class<? extends DomainException> type, String code) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(type, e -> assertThat(e.code()).as("code").isEqualTo(code));
  }

  public static void assertInvalid(ThrowingCallable call, String code, String field) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).as("code").isEqualTo(code);
              assertThat(e.field()).as("field").isEqualTo(field);
            });
  }
}
