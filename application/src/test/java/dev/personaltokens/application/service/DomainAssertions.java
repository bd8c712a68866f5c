package dev.personaltokens.application.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.domain.DomainException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** Asserts the stable codes that clients rely on; refused values: the domain's InvalidValues. */
public final class DomainAssertions {

  private DomainAssertions() {}

  public static void assertFails(
      ThrowingCallable call, Class<? extends DomainException> type, String code) {
    assertThatThrownBy(call)
        .isInstanceOfSatisfying(type, e -> assertThat(e.code()).as("code").isEqualTo(code));
  }
}
