package dev.personaltokens.distribution.launcher;

import dev.personaltokens.distribution.cluster.ClusterMembers;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The data grid of a node that is told its cluster ({@code PTK_CLUSTER_MEMBERS}), as the Hazelcast
 * file Payara Micro takes ({@code --hzconfigfile}): our cluster name, TCP/IP join with exactly
 * those members and no multicast, bound to one interface ({@code PTK_CLUSTER_INTERFACE}, default
 * 127.0.0.1) and port ({@code PTK_CLUSTER_PORT}, default 6900), never to the wildcard address. A
 * member is declared gone after 10 s without a heartbeat.
 */
record DataGridConfig(List<String> members, String name, String networkInterface, int port) {

  private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._\\-]{1,64}");

  /** None unless {@code PTK_CLUSTER_MEMBERS} is set: a single node runs no data grid at all. */
  static Optional<DataGridConfig> from(Map<String, String> env) {
    List<String> list = ClusterMembers.parse(env.getOrDefault("PTK_CLUSTER_MEMBERS", ""));
    if (list.isEmpty()) {
      return Optional.empty();
    }
    String name = env.getOrDefault("PTK_CLUSTER_NAME", "personal-tokens");
    if (!NAME.matcher(name).matches()) {
      throw new IllegalArgumentException(
          "PTK_CLUSTER_NAME: letters, digits, '.', '_' and '-' only, at most 64");
    }
    String networkInterface = env.getOrDefault("PTK_CLUSTER_INTERFACE", "127.0.0.1");
    if (!ClusterMembers.isHostPort(networkInterface + ":1")) {
      throw new IllegalArgumentException("PTK_CLUSTER_INTERFACE: an address such as 10.0.0.5");
    }
    String port = env.getOrDefault("PTK_CLUSTER_PORT", "6900");
    if (!port.matches("[0-9]{1,5}")) {
      throw new IllegalArgumentException("PTK_CLUSTER_PORT: a port number such as 6900");
    }
    return Optional.of(new DataGridConfig(list, name, networkInterface, Integer.parseInt(port)));
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
          <network>
            <port auto-increment="false">%d</port>
            <join>
              <auto-detection enabled="false"/>
              <multicast enabled="false"/>
              <tcp-ip enabled="true">
        %s
              </tcp-ip>
            </join>
            <interfaces enabled="true">
              <interface>%s</interface>
            </interfaces>
          </network>
        </hazelcast>
        """
        .formatted(name, port, memberLines, networkInterface);
  }
}
