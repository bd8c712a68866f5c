package dev.personaltokens.domain.token;

import static dev.personaltokens.domain.InvalidValues.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class ScopeTest {

  @Test
  void globalIsKnownByItsCode() {
    assertThat(Scope.fromCode("global")).isEqualTo(Scope.GLOBAL);
    assertThat(Scope.GLOBAL.code()).isEqualTo("global");
    assertThat(Scope.GLOBAL.label()).isEqualTo("Global");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"Global", "GLOBAL", " global", "global ", "admin", "read", "*"})
  void rejectsUnknownCode(String code) {
    assertRejected(() -> Scope.fromCode(code), "token.scope.unknown", "scope");
  }
}
