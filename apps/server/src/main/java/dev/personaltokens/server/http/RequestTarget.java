package dev.personaltokens.server.http;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Whether a request's raw path and query, as they came off the wire, can be decoded the one way
 * everything behind agrees on - checked before Grizzly's decoder ever sees them, since that decoder
 * answers some of them 200 with no body (a malformed escape) and throws on others. Plain code, so
 * that every rule is tested on its own.
 */
final class RequestTarget {

  /** The request target (path and query) a client may send. */
  static final int MAX_BYTES = 8 * 1024;

  private RequestTarget() {}

  /** Why {@code path} and {@code query} (raw bytes; query without its '?') can't be, or null. */
  static String problem(byte[] path, byte[] query) {
    if (path.length + query.length > MAX_BYTES) {
      return "the request's path and query are longer than " + MAX_BYTES + " bytes";
    }
    String problem = pathProblem(path);
    return problem != null || query.length == 0 ? problem : queryProblem(query);
  }

  static String pathProblem(byte[] raw) {
    if (raw.length == 1 && raw[0] == '*') {
      return null; // OPTIONS *
    }
    if (raw.length == 0 || raw[0] != '/') {
      return "the path must start with /";
    }
    byte[] decoded = new byte[raw.length];
    int length = 0;
    for (int i = 0; i < raw.length; i++) {
      int b = raw[i] & 0xff;
      if (b == '%') {
        int value = escaped(raw, i);
        if (value < 0) {
          return "the path has a malformed percent-escape";
        }
        if (value == '/' || value == '\\') {
          return "the path has an encoded slash";
        }
        b = value;
        i += 2;
      } else if (b == '\\') {
        return "the path has a backslash";
      }
      if (b == 0) {
        return "the path has a NUL";
      }
      if (b < 0x20 || b == 0x7f) {
        return "the path has a control character";
      }
      decoded[length++] = (byte) b;
    }
    if (!isUtf8(decoded, length)) {
      return "the path is not UTF-8";
    }
    return hasDotSegment(decoded, length) ? "the path has a . or .. segment" : null;
  }

  static String queryProblem(byte[] raw) {
    byte[] decoded = new byte[raw.length];
    int length = 0;
    for (int i = 0; i < raw.length; i++) {
      int b = raw[i] & 0xff;
      if (b == '%') {
        b = escaped(raw, i);
        if (b < 0) {
          return "the query has a malformed percent-escape";
        }
        if (b == 0) {
          return "the query has a NUL";
        }
        i += 2;
      } else if (b < 0x20 || b == 0x7f) {
        return "the query has a control character";
      }
      decoded[length++] = (byte) b;
    }
    return isUtf8(decoded, length) ? null : "the query is not UTF-8";
  }

  /**
   * Any {@code .} or {@code ..} segment, raw or encoded, even one that stays below the root:
   * clients remove them before sending (RFC 3986, 5.2.4), and Grizzly's own normalizer throws on
   * some.
   */
  private static boolean hasDotSegment(byte[] path, int length) {
    int start = 1;
    for (int i = 1; i <= length; i++) {
      if (i == length || path[i] == '/') {
        int end = start;
        while (end < i && path[end] != ';') {
          end++; // "..;x=y" is ".." to a servlet container
        }
        int segment = end - start;
        if ((segment == 1 && path[start] == '.')
            || (segment == 2 && path[start] == '.' && path[start + 1] == '.')) {
          return true;
        }
        start = i + 1;
      }
    }
    return false;
  }

  /** The byte a {@code %xx} at {@code at} stands for, or -1 if it is no such escape. */
  private static int escaped(byte[] raw, int at) {
    if (at + 2 >= raw.length) {
      return -1;
    }
    int high = Character.digit(raw[at + 1], 16);
    int low = Character.digit(raw[at + 2], 16);
    return high < 0 || low < 0 ? -1 : (high << 4) | low;
  }

  /** Strict: no overlong forms, no surrogates, nothing past U+10FFFF, nothing cut short. */
  private static boolean isUtf8(byte[] bytes, int length) {
    for (int i = 0; i < length; i++) {
      if (bytes[i] < 0) {
        try {
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, 0, length));
          return true;
        } catch (CharacterCodingException e) {
          return false;
        }
      }
    }
    return true;
  }
}
