package dev.personaltokens.server.http;

import java.io.IOException;
import org.glassfish.grizzly.Buffer;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.filterchain.Filter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpPacket;
import org.glassfish.grizzly.http.HttpProbe;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.util.MimeHeaders;
import org.glassfish.grizzly.memory.Buffers;

/**
 * Where the guard meets Grizzly's HTTP codec. Each request's head is checked the moment the codec
 * has parsed it ({@link Probe#onHeaderParseEvent}). And what the codec refuses by itself - a head
 * past its (raised) limits, a body that breaks its framing, a body on GET - it answers with a bare
 * 400: it tells its probes of the error, on the same thread, just before it writes that answer, and
 * the filter below the codec then writes the API's JSON 400 in its place.
 */
final class CodecErrors {

  /** The error the codec is about to answer on this thread: {connection, what went wrong}. */
  private static final ThreadLocal<Object[]> PENDING = new ThreadLocal<>();

  private CodecErrors() {}

  /**
   * Registered with the codec: checks each request's head as soon as it is parsed - before the
   * codec waits for a body that may never come - and notes each error of the codec's own.
   */
  static final class Probe extends HttpProbe.Adapter {

    @Override
    public void onHeaderParseEvent(Connection connection, HttpHeader header, int size) {
      if (header instanceof HttpRequestPacket request) {
        UndecodableRequestFilter.checkHead(connection, request);
      }
    }

    @Override
    public void onErrorEvent(Connection connection, HttpPacket packet, Throwable error) {
      if (packet instanceof HttpRequestPacket request && !request.getResponse().isCommitted()) {
        // Null: the guard answered this request already, and one answer is enough.
        PENDING.set(
            new Object[] {
              connection, UndecodableRequestFilter.refused(request) ? null : describe(error)
            });
      }
    }

    private static String describe(Throwable error) {
      String message = String.valueOf(error == null ? null : error.getMessage());
      if (error instanceof MimeHeaders.MaxHeaderCountExceededException) {
        return "too many headers";
      }
      if (message.contains("line is too large")) { // Grizzly's "intial line"
        return "the request line is too long";
      }
      if (message.contains("header is too large")) {
        return "the headers are too long";
      }
      return "the request's framing is broken";
    }
  }

  /** Takes the place of the filter right below the codec: swaps the bare 400 for ours. */
  static final class Rewriter extends DelegatingFilter {

    Rewriter(Filter delegate) {
      super(delegate);
    }

    @Override
    public NextAction handleWrite(FilterChainContext ctx) throws IOException {
      Object[] pending = PENDING.get();
      if (pending != null) {
        PENDING.remove();
        if (pending[0] == ctx.getConnection() && ctx.getMessage() instanceof Buffer bare) {
          String problem = (String) pending[1];
          if (problem == null) {
            ctx.setMessage(Buffers.EMPTY_BUFFER);
          } else {
            ctx.setMessage(Buffers.wrap(ctx.getMemoryManager(), Refusals.answer(problem)));
            Refusals.log(problem, "(refused by the HTTP codec)");
          }
          bare.tryDispose();
        }
      }
      return delegate.handleWrite(ctx);
    }
  }
}
