package dev.personaltokens.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.application.port.in.verification.AuthenticationException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthorizationHeaderTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Token abc",
        "token abc",
        "TOKEN abc",
        "Bearer abc",
        "bearer   abc ",
        " Token abc"
      })
  void readsTheTokenOfEitherSchemeInAnyCase(String header) {
    assertThat(AuthorizationHeader.token(header)).isEqualTo("abc");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"   ", "Token", "Basic YTpi", "abc", "Tokenabc"})
  void asksForATokenWhenThereIsNone(String header) {
    assertThatThrownBy(() -> AuthorizationHeader.token(header))
        .isInstanceOfSatisfying(
            AuthenticationException.class, e -> assertThat(e.code()).isEqualTo("auth.missing"));
  }

  @ParameterizedTest
  @ValueSource(strings = {"Basic YTpi", "basic YTpi", "BASIC  YTpi "})
  void readsBasicCredentialsInAnyCase(String header) {
    assertThat(AuthorizationHeader.basic(header)).contains(new AuthorizationHeader.Basic("a", "b"));
  }

  @Test
  void splitsBasicCredentialsAtTheFirstColon() {
    String encoded =
        Base64.getEncoder()
            .encodeToString("ü@example.com:pass:word".getBytes(StandardCharsets.UTF_8));

    assertThat(AuthorizationHeader.basic("Basic " + encoded))
        .contains(new AuthorizationHeader.Basic("ü@example.com", "pass:word"));
    assertThat(AuthorizationHeader.basic("Basic " + encoded).orElseThrow().toString())
        .doesNotContain("word");
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(strings = {"Token abc", "Basic", "Bearer YTpi", "Basic !!!", "Basic YWI="})
  void findsNoBasicCredentialsInOtherHeaders(String header) {
    assertThat(AuthorizationHeader.basic(header)).isEmpty();
  }
}
