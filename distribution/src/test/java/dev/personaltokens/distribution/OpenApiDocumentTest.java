package dev.personaltokens.distribution;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The served document is valid OpenAPI, so that the ITs can check every answer against it. */
class OpenApiDocumentTest {

  @Test
  void theDocumentParses() {
    assertThat(OpenApiDocument.load()).isNotNull();
  }
}
