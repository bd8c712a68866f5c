package dev.personaltokens.adapter.out.cluster;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClusterMembersTest {

  @Test
  void readsHostPortSeparatedByCommas() {
    assertThat(ClusterMembers.parse(" node1.internal:6900, 10.0.0.5:6901 "))
        .containsExactly("node1.internal:6900", "10.0.0.5:6901");
  }

  @Test
  void nothingIsNoMember() {
    assertThat(ClusterMembers.parse("  ")).isEmpty();
  }

  @ParameterizedTest
  @ValueSource(strings = {"node1", "node1:", ":6900", "a:6900,,b:6901", "a b:6900", "a:123456"})
  void refusesWhatIsNotHostPort(String text) {
    assertThatThrownBy(() -> ClusterMembers.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("PTK_CLUSTER_MEMBERS: ");
  }

  @Test
  void aMembersAddressIsResolved() {
    assertThat(ClusterMembers.address("127.0.0.1:6901"))
        .isEqualTo(new InetSocketAddress("127.0.0.1", 6901));
  }
}
