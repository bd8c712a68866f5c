package dev.personaltokens.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import jakarta.ws.rs.core.Response.Status;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonBodyTest {

  private static final Set<String> FIELDS = Set.of("name", "description");

  @Test
  void readsKnownStringFieldsAndNulls() {
    JsonBody body = read("{\"name\":\"ci\",\"description\":null}");

    assertThat(body.optionalString("name")).isEqualTo("ci");
    assertThat(body.optionalString("description")).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'' | request.body.missing",
        "{ | request.body.malformed",
        "{\"name\":} | request.body.malformed",
        "{\"name\":\"a\"} trailing | request.body.malformed",
        "\"just a string\" | request.body.not_object",
        "[] | request.body.not_object",
        "{\"nme\":\"typo\"} | request.field.unknown"
      })
  void refusesBodiesThatAreNotAKnownObject(String json, String code) {
    assertThatThrownBy(() -> read(json))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.code()).isEqualTo(code);
              assertThat(e.status()).isEqualTo(Status.BAD_REQUEST);
            });
  }

  @Test
  void pointsAtTheUnknownField() {
    assertThatThrownBy(() -> read("{\"name\":\"x\",\"admin\":true}"))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.source().pointer()).isEqualTo("/admin"));
  }

  @Test
  void refusesAFieldOfTheWrongType() {
    JsonBody body = read("{\"name\":42}");

    assertThatThrownBy(() -> body.optionalString("name"))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.code()).isEqualTo("request.field.type");
              assertThat(e.source().pointer()).isEqualTo("/name");
            });
  }

  @Test
  void refusesABodyOverTheLimitWithoutReadingItAll() {
    String json = "{\"name\":\"" + "x".repeat(JsonBody.MAX_BYTES) + "\"}";

    assertThatThrownBy(() -> read(json))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.code()).isEqualTo("request.body.too_large");
              assertThat(e.status()).isEqualTo(Status.REQUEST_ENTITY_TOO_LARGE);
            });
  }

  /** What the container's stream does when the client stops sending: no 500, a clear 400. */
  @Test
  void aBodyThatStopsArrivingIsABadRequest() {
    InputStream stalled =
        new SequenceInputStream(
            new ByteArrayInputStream("{\"name\":".getBytes(StandardCharsets.UTF_8)),
            new InputStream() {
              @Override
              public int read() throws IOException {
                throw new IOException(new TimeoutException());
              }
            });

    assertThatThrownBy(() -> JsonBody.read(stalled, FIELDS))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> {
              assertThat(e.code()).isEqualTo("request.body.incomplete");
              assertThat(e.status()).isEqualTo(Status.BAD_REQUEST);
            });
  }

  @Test
  void acceptsABodyAtTheLimit() {
    String prefix = "{\"name\":\"";
    String json = prefix + "x".repeat(JsonBody.MAX_BYTES - prefix.length() - 2) + "\"}";

    assertThat(read(json).optionalString("name")).hasSize(JsonBody.MAX_BYTES - prefix.length() - 2);
  }

  @Test
  void refusesBytesThatAreNotUtf8RatherThanReadThemAsReplacementCharacters() {
    byte[] notUtf8 = {
      '{', '"', 'n', 'a', 'm', 'e', '"', ':', '"', (byte) 0xff, (byte) 0xfe, '"', '}'
    };

    assertThatThrownBy(() -> JsonBody.read(new ByteArrayInputStream(notUtf8), FIELDS))
        .isInstanceOfSatisfying(
            ApiException.class, e -> assertThat(e.code()).isEqualTo("request.body.malformed"));
  }

  private static JsonBody read(String json) {
    return JsonBody.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)), FIELDS);
  }
}
