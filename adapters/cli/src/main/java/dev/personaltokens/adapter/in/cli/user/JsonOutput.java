package dev.personaltokens.adapter.in.cli.user;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import jakarta.json.JsonWriter;
import jakarta.json.JsonWriterFactory;
import jakarta.json.stream.JsonGenerator;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Map;

/** JSON for scripts: indented, one document per command. */
final class JsonOutput {

  private static final JsonWriterFactory PRETTY =
      Json.createWriterFactory(Map.of(JsonGenerator.PRETTY_PRINTING, true));

  private JsonOutput() {}

  static void print(PrintWriter out, JsonValue value) {
    StringWriter text = new StringWriter();
    try (JsonWriter writer = PRETTY.createWriter(text)) {
      writer.write(value);
    }
    out.println(text.toString().strip());
  }
}
