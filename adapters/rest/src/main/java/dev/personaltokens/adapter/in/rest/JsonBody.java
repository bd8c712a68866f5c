package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.domain.Text;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.json.stream.JsonLocation;
import jakarta.json.stream.JsonParser;
import jakarta.json.stream.JsonParsingException;
import jakarta.ws.rs.core.Response.Status;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A JSON object read from a request body strictly: bounded in size, an object at the top, no field
 * the API doesn't know, each field of its type. Read by hand rather than bound, so that every one
 * of these mistakes gets its own clear answer.
 */
final class JsonBody {

  static final int MAX_BYTES = 16 * 1024;

  private static final BigDecimal INT_RANGE = BigDecimal.valueOf(Integer.MAX_VALUE);

  private final JsonObject object;

  private JsonBody(JsonObject object) {
    this.object = object;
  }

  static JsonBody read(InputStream stream, Set<String> knownFields) {
    return read(stream, knownFields, MAX_BYTES);
  }

  /** A body of up to {@code maxBytes}, for the one call that takes long lists. */
  static JsonBody read(InputStream stream, Set<String> knownFields, int maxBytes) {
    byte[] bytes = readBounded(stream, maxBytes);
    if (bytes.length == 0) {
      throw new ApiException(
          Status.BAD_REQUEST, "request.body.missing", "send a JSON object as the body");
    }
    return parse(bytes, knownFields);
  }

  /** A body whose fields are all optional: none at all reads as {@code {}}. */
  static JsonBody readOptional(InputStream stream, Set<String> knownFields) {
    byte[] bytes = readBounded(stream, MAX_BYTES);
    return bytes.length == 0
        ? new JsonBody(JsonValue.EMPTY_JSON_OBJECT)
        : parse(bytes, knownFields);
  }

  private static JsonBody parse(byte[] bytes, Set<String> knownFields) {
    JsonValue value = parseWhole(bytes, where -> malformed());
    if (!(value instanceof JsonObject object)) {
      throw new ApiException(
          Status.BAD_REQUEST, "request.body.not_object", "the body must be a JSON object");
    }
    for (String field : object.keySet()) {
      if (!knownFields.contains(field)) {
        throw new ApiException(
            Status.BAD_REQUEST,
            "request.field.unknown",
            "unknown field '" + printable(field) + "'; known fields: " + knownFields,
            "/" + printable(field));
      }
    }
    return new JsonBody(object);
  }

  /**
   * One JSON value and nothing after it: a reader alone would ignore trailing text. Anything else -
   * broken JSON, text after the value, nesting deeper than Parsson's 1000 (its bare
   * RuntimeException) - is refused with {@code malformed}'s exception, given where the parser
   * stopped when it says.
   */
  static JsonValue parseWhole(
      byte[] bytes, Function<Optional<JsonLocation>, RuntimeException> malformed) {
    String text;
    try {
      // Strictly: the parser's own decoding reads bytes that are not UTF-8 as U+FFFD, and a name
      // or an email would be kept as something nobody sent.
      text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
    } catch (CharacterCodingException notUtf8) {
      throw malformed.apply(Optional.empty());
    }
    try (JsonParser parser = JsonFactories.PARSERS.createParser(new StringReader(text))) {
      parser.next();
      JsonValue value = parser.getValue();
      if (!parser.hasNext()) {
        return value;
      }
    } catch (JsonParsingException e) {
      throw malformed.apply(Optional.ofNullable(e.getLocation()));
    } catch (RuntimeException e) {
      throw malformed.apply(Optional.empty());
    }
    throw malformed.apply(Optional.empty());
  }

  private static ApiException malformed() {
    return new ApiException(
        Status.BAD_REQUEST, "request.body.malformed", "the body is not valid JSON");
  }

  private static byte[] readBounded(InputStream stream, int maxBytes) {
    try {
      byte[] bytes = stream.readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        throw new ApiException(
            Status.REQUEST_ENTITY_TOO_LARGE,
            "request.body.too_large",
            "the body must be at most " + maxBytes + " bytes");
      }
      return bytes;
    } catch (IOException e) {
      // A body cut short, or one that stopped arriving (the container's read timeout, 30 s).
      throw new ApiException(
          Status.BAD_REQUEST,
          "request.body.incomplete",
          "the body did not arrive whole; send it again");
    }
  }

  /** A field name echoed back, cut short and without control characters. */
  private static String printable(String field) {
    String cut = field.length() > 40 ? field.substring(0, 40) + "..." : field;
    return Text.printable(cut);
  }

  /** The string at {@code field}; null when absent or JSON null. */
  String optionalString(String field) {
    JsonValue value = object.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonString string) {
      return string.getString();
    }
    throw new ApiException(
        Status.BAD_REQUEST, "request.field.type", field + " must be a string", "/" + field);
  }

  /** The whole number at {@code field}; null when absent or JSON null. */
  Integer optionalInteger(String field) {
    JsonValue value = object.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    // Compared as a decimal first: 1e999999 is integral, and as a BigInteger it would fill memory.
    if (value instanceof JsonNumber number
        && number.isIntegral()
        && number.bigDecimalValue().abs().compareTo(INT_RANGE) <= 0) {
      return number.intValue();
    }
    throw new ApiException(
        Status.BAD_REQUEST, "request.field.type", field + " must be a whole number", "/" + field);
  }

  /** The boolean at {@code field}; null when absent or JSON null. */
  Boolean optionalBoolean(String field) {
    JsonValue value = object.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value.getValueType() == JsonValue.ValueType.TRUE
        || value.getValueType() == JsonValue.ValueType.FALSE) {
      return value.getValueType() == JsonValue.ValueType.TRUE;
    }
    throw new ApiException(
        Status.BAD_REQUEST, "request.field.type", field + " must be true or false", "/" + field);
  }

  /** Whether the body has {@code field} at all, null or not. */
  boolean has(String field) {
    return object.containsKey(field);
  }

  /** The strings of the array at {@code field}; null when absent or JSON null. */
  List<String> optionalStrings(String field) {
    JsonValue value = object.get(field);
    if (value == null || value.getValueType() == JsonValue.ValueType.NULL) {
      return null;
    }
    if (value instanceof JsonArray array
        && array.stream().allMatch(item -> item instanceof JsonString)) {
      return array.getValuesAs(JsonString::getString);
    }
    throw new ApiException(
        Status.BAD_REQUEST,
        "request.field.type",
        field + " must be an array of strings",
        "/" + field);
  }
}
