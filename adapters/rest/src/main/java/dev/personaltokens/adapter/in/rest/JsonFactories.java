package dev.personaltokens.adapter.in.rest;

import jakarta.json.Json;
import jakarta.json.JsonBuilderFactory;
import jakarta.json.JsonReaderFactory;
import jakarta.json.stream.JsonParserFactory;
import java.util.Map;

/**
 * The JSON-P factories this adapter parses and builds with, made once. Each {@code
 * Json.createParser} or {@code Json.createObjectBuilder} looks the provider up again (a {@code
 * ServiceLoader} scan of the class path's jars): measured, an eighth of a token create's CPU went
 * to that alone.
 */
final class JsonFactories {

  static final JsonParserFactory PARSERS = Json.createParserFactory(Map.of());
  static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());
  static final JsonBuilderFactory BUILDERS = Json.createBuilderFactory(Map.of());

  private JsonFactories() {}
}
