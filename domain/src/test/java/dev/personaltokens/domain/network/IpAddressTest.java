package dev.personaltokens.domain.network;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IpAddressTest {

  @ParameterizedTest
  @CsvSource({
    "127.0.0.1, 127.0.0.1",
    "' 198.51.100.7 ', 198.51.100.7",
    "198.51.100.7:4431, 198.51.100.7",
    "::1, ::1",
    "0:0:0:0:0:0:0:1, ::1",
    "[::1], ::1",
    "[::1]:8080, ::1",
    "2001:DB8:0:0:0:0:0:1, 2001:db8::1",
    "2001:db8:0:0:1:0:0:1, 2001:db8::1:0:0:1",
    "2001:0db8:0000:0000:0001:0000:0000:0000, 2001:db8:0:0:1::",
    "2001:db8:0:1:1:1:1:1, 2001:db8:0:1:1:1:1:1",
    "::, ::",
    "::ffff:192.0.2.1, 192.0.2.1",
    "::ffff:c000:0201, 192.0.2.1",
    "fe80:0:0:0:1:0:0:0, fe80::1:0:0:0"
  })
  void parsesLiteralsIntoOneCanonicalText(String text, String canonical) {
    assertThat(IpAddress.parse(text)).map(IpAddress::text).contains(canonical);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "localhost",
        "example.com",
        "unknown",
        "1.2.3",
        "1.2.3.4.5",
        "256.1.1.1",
        "1.2.3.4/8",
        "::g",
        "12345::",
        "1:2:3:4:5:6:7:8:9",
        "[::1",
        "_",
        "192.0.2.1, 10.0.0.1"
      })
  void refusesWhatIsNoLiteral(String text) {
    assertThat(IpAddress.parse(text)).isEmpty();
  }

  @ParameterizedTest
  @CsvSource({
    "192.0.2.1, 192.0.2.1",
    "2001:db8:1:2:aaaa:bbbb:cccc:dddd, 2001:db8:1:2::/64",
    "2001:db8:1:2::1, 2001:db8:1:2::/64",
    "::ffff:192.0.2.1, 192.0.2.1"
  })
  void oneClientIsItsIpv4AddressOrItsIpv6Slash64(String text, String key) {
    assertThat(IpAddress.parse(text).orElseThrow().clientKey()).isEqualTo(key);
  }
}
