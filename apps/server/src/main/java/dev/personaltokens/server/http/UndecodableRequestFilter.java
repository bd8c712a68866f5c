package dev.personaltokens.server.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.filterchain.Filter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.Protocol;
import org.glassfish.grizzly.http.util.BufferChunk;
import org.glassfish.grizzly.http.util.ByteChunk;
import org.glassfish.grizzly.http.util.DataChunk;
import org.glassfish.grizzly.http.util.HttpStatus;
import org.glassfish.grizzly.http.util.MimeHeaders;
import org.glassfish.grizzly.memory.Buffers;

/**
 * Keeps every request that can't be decoded ({@link RequestTarget}; the header section's size and
 * count too, since Grizzly's own limits are raised for this) from Payara's web container, which
 * would decode it: an HTTP/1.1 request is checked as soon as the codec parsed its head ({@link
 * #checkHead}) and its body then dropped here; an HTTP/2 stream, which no codec probe sees, is
 * checked here. Either is answered with the API's JSON 400, and the connection closed. Takes the
 * place of the file cache filter, which sits between the codec and the dispatcher.
 */
final class UndecodableRequestFilter extends DelegatingFilter {

  /** The header section (names and values) a client may send. */
  static final int MAX_HEADER_BYTES = 16 * 1024;

  static final int MAX_HEADERS = 100;

  /**
   * The most of a refused request's body that is read (and dropped) before its connection closes:
   * closing with the client's bytes unread would make the connection reset, and the client could
   * lose the 400 with it.
   */
  static final int MAX_DRAINED_BYTES = 1024 * 1024;

  private static final Attribute<Boolean> CHECKED =
      Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute("ptk.request.checked");

  /** A refused request's body bytes read so far. */
  private static final Attribute<Integer> DRAINED =
      Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute("ptk.request.drained");

  UndecodableRequestFilter(Filter delegate) {
    super(delegate);
  }

  @Override
  public NextAction handleRead(FilterChainContext ctx) throws IOException {
    if (ctx.getMessage() instanceof HttpContent content
        && content.getHttpHeader() instanceof HttpRequestPacket request) {
      if (DRAINED.isSet(request)) {
        drain(ctx, content, request); // a refused request's body
        return ctx.getStopAction();
      }
      if (!CHECKED.isSet(request)) { // an HTTP/2 stream: no codec probe saw its head
        CHECKED.set(request, Boolean.TRUE);
        String problem = problem(request);
        if (problem != null) {
          refuse(ctx, request, problem);
          DRAINED.set(request, 0);
          drain(ctx, content, request);
          return ctx.getStopAction();
        }
      }
    }
    return delegate.handleRead(ctx);
  }

  /**
   * Checks an HTTP/1.1 request's head as the codec parsed it: one that can't be decoded is answered
   * at once - the codec may wait for a body that never comes - and marked, so that its body, if
   * any, is read and dropped here and goes no further.
   */
  static void checkHead(Connection connection, HttpRequestPacket request) {
    CHECKED.set(request, Boolean.TRUE);
    String problem = problem(request);
    if (problem != null) {
      DRAINED.set(request, 0);
      connection.write(Buffers.wrap(connection.getMemoryManager(), Refusals.answer(problem)));
      log(request, problem);
    }
  }

  /** Whether the guard answered this request already. */
  static boolean refused(HttpRequestPacket request) {
    return DRAINED.isSet(request);
  }

  static String problem(HttpRequestPacket request) {
    DataChunk query = request.getQueryStringDC();
    String problem =
        RequestTarget.problem(
            bytes(request.getRequestURIRef().getRequestURIBC()),
            query.isNull() ? new byte[0] : bytes(query));
    if (problem != null) {
      return problem;
    }
    MimeHeaders headers = request.getHeaders();
    if (headers.size() > MAX_HEADERS) {
      return "more than " + MAX_HEADERS + " headers";
    }
    long size = 0;
    for (int i = 0; i < headers.size(); i++) {
      size += headers.getName(i).getLength() + headers.getValue(i).getLength() + 4;
    }
    return size > MAX_HEADER_BYTES ? "headers longer than " + MAX_HEADER_BYTES + " bytes" : null;
  }

  private static void refuse(FilterChainContext ctx, HttpRequestPacket request, String problem) {
    HttpResponsePacket response = request.getResponse();
    byte[] body = Refusals.body(problem);
    response.setStatus(HttpStatus.BAD_REQUEST_400);
    response.setContentType("application/json");
    response.setContentLength(body.length);
    ctx.write(
        HttpContent.builder(response)
            .content(Buffers.wrap(ctx.getMemoryManager(), body))
            .last(true)
            .build());
    log(request, problem);
  }

  private static void log(HttpRequestPacket request, String problem) {
    Refusals.log(
        problem,
        request.getMethodDC().toString()
            + " "
            + Refusals.printable(bytes(request.getRequestURIRef().getOriginalRequestURIBC())));
  }

  /**
   * Drops this part of a refused request's body; once the body is over (or too long to wait for),
   * closes an HTTP/1.1 connection - gracefully, after the 400 is written: closed with the client's
   * bytes unread, it would reset, and the client could lose the 400. An HTTP/2 stream just ends.
   */
  private static void drain(
      FilterChainContext ctx, HttpContent content, HttpRequestPacket request) {
    int drained = DRAINED.get(request) + content.getContent().remaining();
    DRAINED.set(request, drained);
    content.getContent().position(content.getContent().limit());
    if ((content.isLast() || drained > MAX_DRAINED_BYTES)
        && request.getProtocol() != Protocol.HTTP_2_0) {
      ctx.getConnection().closeSilently();
    }
  }

  /** The bytes of a chunk as they came, without changing it. */
  static byte[] bytes(DataChunk chunk) {
    switch (chunk.getType()) {
      case Bytes -> {
        ByteChunk bytes = chunk.getByteChunk();
        return java.util.Arrays.copyOfRange(bytes.getBuffer(), bytes.getStart(), bytes.getEnd());
      }
      case Buffer -> {
        BufferChunk buffer = chunk.getBufferChunk();
        Buffer source = buffer.getBuffer();
        byte[] bytes = new byte[buffer.getEnd() - buffer.getStart()];
        for (int i = 0; i < bytes.length; i++) {
          bytes[i] = source.get(buffer.getStart() + i);
        }
        return bytes;
      }
      case String, Chars -> {
        // HTTP/2: HPACK decoded the head as ISO-8859-1, byte for byte
        return chunk.toString().getBytes(StandardCharsets.ISO_8859_1);
      }
      default -> {
        return new byte[0];
      }
    }
  }
}
