package dev.personaltokens.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestTargetTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/api/auth/verify",
        "/api/auth/verify/orders/7",
        "/api/%E6%97%A5;v=1",
        "/api/a%20b",
        "/api/..x/.y/x..",
        "//double//slash",
        "*"
      })
  void acceptsWhatDecodesOneWay(String path) {
    assertThat(RequestTarget.pathProblem(bytes(path))).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "/api/auth/verify/x%ZZ | malformed percent-escape",
        "/api/auth/verify/orders% | malformed percent-escape",
        "/api/auth/verify/a%zz | malformed percent-escape",
        "/api/a%2 | malformed percent-escape",
        "/api/a%00b | NUL",
        "/api/a%2Fb | encoded slash",
        "/api/a%2fb | encoded slash",
        "/api/a%5Cb | encoded slash",
        "/api/a\\b | backslash",
        "/api/%2e%2e/x | . or .. segment",
        "/%2E%2E/WEB-INF/web.xml | . or .. segment",
        "/../WEB-INF/web.xml | . or .. segment",
        "/api/.. | . or .. segment",
        "/api/./x | . or .. segment",
        "/api/..;x=y/z | . or .. segment",
        "/api/%C0%AE%C0%AE/ | not UTF-8",
        "/api/%FF%FE | not UTF-8",
        "/api/%ED%A0%80 | not UTF-8",
        "/api/%0A | control character",
        "api/x | must start with /"
      })
  void refusesWhatCantBeDecoded(String path, String problem) {
    assertThat(RequestTarget.pathProblem(bytes(path))).contains(problem);
  }

  @ParameterizedTest
  @ValueSource(strings = {"page=1&page_size=10", "search=%2F%20x+y", "q=%E6%97%A5", "a", ""})
  void acceptsADecodableQuery(String query) {
    assertThat(RequestTarget.queryProblem(bytes(query))).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "search=%ZZ | malformed",
        "search=% | malformed",
        "search=%00 | NUL",
        "search=%FF | not UTF-8"
      })
  void refusesAnUndecodableQuery(String query, String problem) {
    assertThat(RequestTarget.queryProblem(bytes(query))).contains(problem);
  }

  @org.junit.jupiter.api.Test
  void refusesAnOverLongTarget() {
    assertThat(RequestTarget.problem(bytes("/" + "a".repeat(8_191)), new byte[0])).isNull();
    assertThat(RequestTarget.problem(bytes("/" + "a".repeat(8_192)), new byte[0]))
        .contains("longer than 8192 bytes");
    assertThat(RequestTarget.problem(bytes("/a"), bytes("q=" + "x".repeat(8_190))))
        .contains("longer");
  }

  @org.junit.jupiter.api.Test
  void refusesRawNulAndRawInvalidUtf8() {
    assertThat(RequestTarget.pathProblem(new byte[] {'/', 'a', 0})).contains("NUL");
    assertThat(RequestTarget.pathProblem(new byte[] {'/', (byte) 0xC3})).contains("UTF-8");
    assertThat(RequestTarget.pathProblem(new byte[] {'/', (byte) 0xC3, (byte) 0xA9})).isNull();
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.ISO_8859_1);
  }
}
