package dev.personaltokens.adapter.in.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.domain.InvalidValueException;
import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {

  static final TrustedProxies PROXIES = TrustedProxies.parse("127.0.0.1, ::1, 10.0.0.0/8");

  @Test
  void anUntrustedPeerIsTheClientWhateverItSays() {
    assertThat(PROXIES.client("198.51.100.7", List.of("203.0.113.1"))).isEqualTo("198.51.100.7");
    assertThat(TrustedProxies.NONE.client("127.0.0.1", List.of("203.0.113.1")))
        .isEqualTo("127.0.0.1");
  }

  @Test
  void theClientIsTheFirstAddressWalkingBackPastTrustedProxies() {
    assertThat(PROXIES.client("127.0.0.1", List.of("203.0.113.1"))).isEqualTo("203.0.113.1");
    assertThat(PROXIES.client("127.0.0.1", List.of("198.51.100.66, 203.0.113.1, 10.1.2.3")))
        .as("the client's own forged entry comes first and is not believed")
        .isEqualTo("203.0.113.1");
  }

  @Test
  void everyLineOfTheHeaderCountsInOrder() {
    // HAProxy's option forwardfor adds a line of its own after the client's.
    assertThat(PROXIES.client("127.0.0.1", List.of("198.51.100.66", "203.0.113.1")))
        .isEqualTo("203.0.113.1");
    assertThat(PROXIES.client("127.0.0.1", List.of("198.51.100.66", "203.0.113.1, 10.0.0.9")))
        .isEqualTo("203.0.113.1");
  }

  @Test
  void addressesAreComparedParsedNotAsText() {
    assertThat(PROXIES.client("0:0:0:0:0:0:0:1", List.of("2001:DB8:0:0:0:0:0:7")))
        .isEqualTo("2001:db8::7");
    assertThat(PROXIES.client("::ffff:127.0.0.1", List.of("203.0.113.1"))).isEqualTo("203.0.113.1");
    assertThat(PROXIES.client("10.200.0.1", List.of("[2001:db8::7]:5555")))
        .isEqualTo("2001:db8::7");
  }

  @Test
  void thePeerIsWrittenCanonically() {
    assertThat(TrustedProxies.NONE.client("0:0:0:0:0:0:0:1", List.of())).isEqualTo("::1");
  }

  @Test
  void garbageStopsTheWalkAtTheLastAddressAProxyGave() {
    assertThat(PROXIES.client("127.0.0.1", List.of("203.0.113.1, unknown, 10.0.0.5")))
        .isEqualTo("10.0.0.5");
    assertThat(PROXIES.client("127.0.0.1", List.of("evil.example"))).isEqualTo("127.0.0.1");
  }

  @Test
  void onlyProxiesAllTheWayBackMeansTheFirstOfThem() {
    assertThat(PROXIES.client("127.0.0.1", List.of("10.0.0.1, 10.0.0.2"))).isEqualTo("10.0.0.1");
  }

  @Test
  void aListWithSomethingThatIsNoAddressIsRefused() {
    assertThatThrownBy(() -> TrustedProxies.parse("127.0.0.1, proxy.internal"))
        .isInstanceOf(InvalidValueException.class)
        .hasMessageContaining("proxy.internal");
  }
}
