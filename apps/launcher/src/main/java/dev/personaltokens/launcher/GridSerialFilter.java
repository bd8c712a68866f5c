package dev.personaltokens.launcher;

import java.io.ObjectInputFilter;
import java.util.function.BinaryOperator;
import java.util.logging.Logger;

/**
 * Java deserialization on the data grid's threads, in the Payara process of a clustered node
 * ({@code -Djdk.serialFilterFactory}): Hazelcast hands what a peer sends to Java serialization
 * before it knows whether the peer belongs, and Payara's serializer for it has no filter of its
 * own. On Hazelcast's threads ({@code hz.*}) only the JDK types and the Hazelcast and Payara grid
 * classes the grid carries are read - not {@code java.net.URL}, no lambda, none of Payara's remote
 * asadmin commands. Everywhere else the JDK's own rules stand: Payara copies its naming resources
 * through Java serialization, and a process-wide allow-list would refuse those.
 *
 * <p>Loaded by the system class loader from a directory of its own ({@link #install}), so it uses
 * nothing but the JDK.
 */
public final class GridSerialFilter implements BinaryOperator<ObjectInputFilter> {

  static final String ALLOWED =
      "maxdepth=64;maxrefs=200000;maxbytes=16777216;maxarray=1000000;"
          + "java.lang.*;java.util.*;java.util.concurrent.*;java.util.concurrent.atomic.*;"
          + "java.time.*;java.math.*;java.io.IOException;java.io.EOFException;"
          + "java.io.UncheckedIOException;java.io.InvalidClassException;"
          + "java.io.InvalidObjectException;java.io.NotSerializableException;"
          + "java.io.StreamCorruptedException;java.io.ObjectStreamException;java.net.Inet*;"
          + "java.net.ConnectException;java.net.SocketException;java.net.SocketTimeoutException;"
          + "java.net.UnknownHostException;java.net.NoRouteToHostException;"
          + "!com.hazelcast.shaded.**;com.hazelcast.**;"
          + "fish.payara.appserver.micro.services.data.*;"
          + "fish.payara.appserver.context.JavaEEContextUtilImpl;"
          + "fish.payara.appserver.context.JavaEEContextUtilImpl$InstanceImpl;"
          + "fish.payara.appserver.micro.services.PayaraInternalEvent*;"
          + "fish.payara.nucleus.eventbus.ClusterMessage;!*";

  private static final ObjectInputFilter ALLOW_LIST =
      ObjectInputFilter.Config.createFilter(ALLOWED);

  private static final Logger LOG = Logger.getLogger(GridSerialFilter.class.getName());

  /** The allow-list, saying which class it refused: the one line an operator needs. */
  private static final ObjectInputFilter GRID =
      info -> {
        ObjectInputFilter.Status status = ALLOW_LIST.checkInput(info);
        if (status == ObjectInputFilter.Status.REJECTED && info.serialClass() != null) {
          LOG.warning("Refused to read a " + info.serialClass().getName() + " from the data grid");
        }
        return status;
      };

  /** The filter of a stream: the one asked for, and on a grid thread the grid's allow-list too. */
  @Override
  public ObjectInputFilter apply(ObjectInputFilter current, ObjectInputFilter requested) {
    if (!Thread.currentThread().getName().startsWith("hz.")) {
      return requested;
    }
    return requested == null ? GRID : ObjectInputFilter.merge(requested, GRID);
  }
}
