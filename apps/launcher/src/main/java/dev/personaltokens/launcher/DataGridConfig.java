package dev.personaltokens.launcher;

import dev.personaltokens.adapter.out.cluster.ClusterMembers;
import dev.personaltokens.adapter.out.cluster.ClusterSecret;
import dev.personaltokens.settings.PtkSettings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The data grid of a node that is told its cluster ({@code PTK_CLUSTER_MEMBERS}), as the Hazelcast
 * file Payara Micro takes ({@code --hzconfigfile}): a cluster name only holders of the cluster's
 * secret know ({@link ClusterSecret#clusterName}, from {@code PTK_CLUSTER_NAME}), TCP/IP join with
 * exactly those members and no multicast, bound to one interface ({@code PTK_CLUSTER_INTERFACE},
 * default 127.0.0.1) and port ({@code PTK_CLUSTER_PORT}, default 6900), never to the wildcard
 * address. The port speaks only the members' protocol (Hazelcast's advanced network with a member
 * endpoint alone): no Hazelcast client can connect, whatever name it knows. A member is declared
 * gone after 10 s without a heartbeat.
 *
 * @param name the cluster's name as configured; the grid's is {@link #gridName}
 */
record DataGridConfig(
    List<String> members, String name, String networkInterface, int port, ClusterSecret secret) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._\\-]{1,64}");

  /**
   * None unless {@code PTK_CLUSTER_MEMBERS} is set: a single node runs no data grid at all. The
   * secret is {@code PTK_CLUSTER_SECRET}, or else the one kept in {@code secretFile}.
   */
  static Optional<DataGridConfig> from(PtkSettings settings, Path secretFile) throws IOException {
    List<String> list = ClusterMembers.parse(settings.optional("PTK_CLUSTER_MEMBERS").orElse(""));
    if (list.isEmpty()) {
      return Optional.empty();
    }
    String name = settings.text("PTK_CLUSTER_NAME");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "PTK_CLUSTER_NAME: letters, digits, '.', '_' and '-' only, at most 64");
    }
    String networkInterface = settings.text("PTK_CLUSTER_INTERFACE");
    if (!ClusterMembers.isHostPort(networkInterface + ":1")) {
      throw new IllegalArgumentException("PTK_CLUSTER_INTERFACE: an address such as 10.0.0.5");
    }
    int port = settings.number("PTK_CLUSTER_PORT");
    Optional<String> configured = settings.optional("PTK_CLUSTER_SECRET");
    ClusterSecret secret =
        configured.isPresent()
            ? ClusterSecret.of(configured.get())
            : ClusterSecret.keptIn(secretFile);
    return Optional.of(new DataGridConfig(list, name, networkInterface, port, secret));
  }

  /** The grid's cluster name: the configured one and a part only the secret tells. */
  String gridName() {
    return secret.clusterName(name);
  }

  /**
   * The JVM options that put {@link GridSerialFilter} in charge of Java deserialization in the
   * Payara process: its class alone, copied to {@code dir}, on the boot class path (the
   * application's own classes must stay the WAR's).
   */
  static List<String> serialFilterOptions(Path dir) throws IOException {
    String name = GridSerialFilter.class.getName();
    Path file = dir.resolve(name.replace('.', '/') + ".class");
    Files.createDirectories(file.getParent());
    try (var in =
        GridSerialFilter.class.getResourceAsStream(
            GridSerialFilter.class.getSimpleName() + ".class")) {
      Files.write(file, in.readAllBytes());
    }
    return List.of("-Xbootclasspath/a:" + dir, "-Djdk.serialFilterFactory=" + name);
  }

  /** Writes the file to {@code dir} and returns it. */
  Path write(Path dir) throws IOException {
    Path file = dir.resolve("ptk-hazelcast-" + port + ".xml");
    Files.writeString(file, xml());
    return file;
  }

  String xml() {
    String memberLines =
        members.stream()
            .map(member -> "        <member>" + member + "</member>")
            .collect(Collectors.joining("\n"));
    return """
        <?xml version="1.0" encoding="UTF-8"?>
        <hazelcast xmlns="http://www.hazelcast.com/schema/config"
                   xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"
                   xsi:schemaLocation="http://www.hazelcast.com/schema/config
                   http://www.hazelcast.com/schema/config/hazelcast-config-5.3.xsd">
          <cluster-name>%s</cluster-name>
          <properties>
            <property name="hazelcast.socket.bind.any">false</property>
            <property name="hazelcast.heartbeat.interval.seconds">1</property>
            <property name="hazelcast.max.no.heartbeat.seconds">10</property>
            <property name="hazelcast.phone.home.enabled">false</property>
            <!-- A node that started apart (its members not up yet) merges in within seconds. -->
            <property name="hazelcast.merge.first.run.delay.seconds">10</property>
            <property name="hazelcast.merge.next.run.delay.seconds">10</property>
          </properties>
          <advanced-network enabled="true">
            <join>
              <auto-detection enabled="false"/>
              <multicast enabled="false"/>
              <tcp-ip enabled="true">
        %s
              </tcp-ip>
            </join>
            <member-server-socket-endpoint-config>
              <port auto-increment="false" port-count="1">%d</port>
              <interfaces enabled="true">
                <interface>%s</interface>
              </interfaces>
            </member-server-socket-endpoint-config>
          </advanced-network>
        </hazelcast>
        """
        .formatted(gridName(), memberLines, port, networkInterface);
  }
}
