package dev.personaltokens.server.http;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;

/**
 * What the guard answers and logs for a request it refuses: the API's JSON 400 ({@code
 * request.undecodable}), and one WARNING line - at most {@link #LINES_PER_MINUTE} a minute, then
 * one line saying how many more, so that a flood of hostile requests can't flood the log.
 */
final class Refusals {

  static final String CODE = "request.undecodable";
  static final int LINES_PER_MINUTE = 20;
  private static final long MINUTE = Duration.ofMinutes(1).toNanos();

  private static final Logger LOG = Logger.getLogger("dev.personaltokens.server.http");
  private static final AtomicLong windowStart = new AtomicLong(System.nanoTime());
  private static final AtomicInteger inWindow = new AtomicInteger();
  private static final AtomicInteger unlogged = new AtomicInteger();

  private Refusals() {}

  /** The body of the 400: the API's error, built by hand (no JSON-B on Grizzly's threads). */
  static byte[] body(String detail) {
    return ("{\"errors\":[{\"status\":\"400\",\"code\":\""
            + CODE
            + "\",\"title\":\"Bad Request\",\"detail\":\""
            + escaped(detail)
            + "\"}]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  /**
   * The whole HTTP/1.1 answer, for where Grizzly's codec can't be asked to encode one: the JSON
   * 400, and the connection closes after it.
   */
  static byte[] answer(String detail) {
    byte[] body = body(detail);
    byte[] head =
        ("HTTP/1.1 400 Bad Request\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length
                + "\r\nConnection: close\r\n\r\n")
            .getBytes(StandardCharsets.US_ASCII);
    byte[] answer = new byte[head.length + body.length];
    System.arraycopy(head, 0, answer, 0, head.length);
    System.arraycopy(body, 0, answer, head.length, body.length);
    return answer;
  }

  /** One line for one refusal, unless too many came this minute. */
  static void log(String detail, String target) {
    long now = System.nanoTime();
    long start = windowStart.get();
    if (now - start > MINUTE && windowStart.compareAndSet(start, now)) {
      inWindow.set(0);
      int more = unlogged.getAndSet(0);
      if (more > 0) {
        LOG.warning("Refused " + more + " more undecodable requests in the last minute");
      }
    }
    if (inWindow.incrementAndGet() <= LINES_PER_MINUTE) {
      LOG.warning("Refused an undecodable request (" + detail + "): " + target);
    } else {
      unlogged.incrementAndGet();
    }
  }

  /** At most 120 characters of what the client sent, printable ASCII only. */
  static String printable(byte[] sent) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < sent.length && i < 120; i++) {
      int c = sent[i] & 0xff;
      text.append(c >= 0x21 && c < 0x7f ? (char) c : '?');
    }
    return sent.length > 120 ? text.append("...").toString() : text.toString();
  }

  private static String escaped(String text) {
    StringBuilder out = new StringBuilder();
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        out.append('\\').append(c);
      } else if (c < 0x20) {
        out.append(String.format("\\u%04x", (int) c));
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }
}
