package dev.personaltokens.domain.token;

import static dev.personaltokens.domain.InvalidValues.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
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

  @Test
  void readOnlyIsKnownByItsCode() {
    assertThat(Scope.fromCode("read_only")).isEqualTo(Scope.READ_ONLY);
    assertThat(Scope.READ_ONLY.code()).isEqualTo("read_only");
    assertThat(Scope.READ_ONLY.label()).isEqualTo("Read-only");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"GET", "HEAD", "OPTIONS", "get", "Head", "POST", "PUT", "PATCH", "DELETE"})
  void globalAllowsEveryMethod(String method) {
    assertThat(Scope.GLOBAL.allows(method)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "OPTIONS", "get", "Head", "options"})
  void readOnlyAllowsTheSafeMethods(String method) {
    assertThat(Scope.READ_ONLY.allows(method)).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {"POST", "PUT", "PATCH", "DELETE", "TRACE", "CONNECT", "PROPFIND", "GETX", " GET"})
  void readOnlyRefusesEveryOtherMethod(String method) {
    assertThat(Scope.READ_ONLY.allows(method)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "GET,get", "HEAD,HEAD,HEAD", "OPTIONS,options"})
  void readOnlyAllowsARequestWhoseMethodSignalsAreAllTheSameSafeOne(String signals) {
    assertThat(Scope.READ_ONLY.allowsAll(Arrays.asList(signals.split(",")))).isTrue();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "GET,POST", // the proxy's own request is a GET, the client's was a POST
        "POST,GET", // a client's spoofed X-Forwarded-Method: GET in front of the proxy's POST
        "GET,GET,DELETE",
        "GET,HEAD", // both safe, but they disagree: one of them is not what the proxy saw
        "GET, GET",
        "GET,"
      })
  void readOnlyRefusesARequestWithAnyUnsafeOrDisagreeingMethodSignal(String signals) {
    assertThat(Scope.READ_ONLY.allowsAll(Arrays.asList(signals.split(",", -1)))).isFalse();
  }

  @Test
  void readOnlyRefusesARequestWithNoMethodAtAll() {
    assertThat(Scope.READ_ONLY.allowsAll(List.of())).isFalse();
  }

  @Test
  void globalAllowsWhateverTheMethodSignalsSay() {
    assertThat(Scope.GLOBAL.allowsAll(List.of("GET", "DELETE"))).isTrue();
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "Global",
        "GLOBAL",
        " global",
        "global ",
        "admin",
        "read",
        "*",
        "READ_ONLY",
        "read-only"
      })
  void rejectsUnknownCode(String code) {
    assertRejected(() -> Scope.fromCode(code), "token.scope.unknown", "scope");
  }
}
