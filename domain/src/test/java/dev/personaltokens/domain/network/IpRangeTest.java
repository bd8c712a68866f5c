package dev.personaltokens.domain.network;

import static dev.personaltokens.domain.InvalidValues.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class IpRangeTest {

  @ParameterizedTest
  @CsvSource({
    "10.0.0.0/8, 10.255.1.2, true",
    "10.0.0.0/8, 11.0.0.1, false",
    "10.1.2.3/8, 10.9.9.9, true",
    "192.0.2.7, 192.0.2.7, true",
    "192.0.2.7, 192.0.2.8, false",
    "192.0.2.7/32, ::ffff:192.0.2.7, true",
    "0.0.0.0/0, 203.0.113.9, true",
    "0.0.0.0/0, ::1, false",
    "::1, 0:0:0:0:0:0:0:1, true",
    "::1/128, ::2, false",
    "2001:db8::/32, 2001:db8:ffff::1, true",
    "2001:db8::/32, 2001:db9::1, false",
    "::/0, 10.0.0.1, false",
    "fe80::/10, febf::1, true",
    "fe80::/10, fec0::1, false",
    "10.0.0.0/8, ::ffff:10.1.2.3, true",
    "10.0.0.0/8, ::ffff:a01:203, true",
    "10.0.0.0/8, 0:0:0:0:0:ffff:a01:203, true",
    "10.0.0.0/8, ::ffff:11.1.2.3, false",
    "::ffff:10.0.0.0/104, 10.200.0.1, true",
    "::ffff:10.0.0.0/104, ::ffff:10.200.0.1, true",
    "::ffff:10.0.0.0/104, 11.0.0.1, false",
    "::ffff:0:0/96, 203.0.113.9, true",
    "::/0, ::ffff:10.1.2.3, false",
    "2001:db8::/32, 10.1.2.3, false"
  })
  void containsTheAddressesOfItsBlockOnly(String range, String address, boolean contained) {
    assertThat(IpRange.parse(range).contains(IpAddress.parse(address).orElseThrow()))
        .isEqualTo(contained);
  }

  @ParameterizedTest
  @CsvSource({
    "10.1.2.3/8, 10.0.0.0/8",
    "0:0:0:0:0:0:0:1, ::1",
    "2001:DB8::1/32, 2001:db8::/32",
    "' 192.0.2.7/32 ', 192.0.2.7",
    "::ffff:10.0.0.0/104, 10.0.0.0/8",
    "::ffff:10.1.2.3, 10.1.2.3",
    "::ffff:10.1.2.3/128, 10.1.2.3"
  })
  void isWrittenCanonically(String range, String text) {
    assertThat(IpRange.parse(range).text()).isEqualTo(text);
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        "10.0.0.0/33",
        "10.0.0.0/",
        "10.0.0.0/-1",
        "10.0.0.0/8/8",
        "::/129",
        "10.0.0.0:80/8",
        "[::1]/128",
        "example.com/8",
        "10.0.0.0/0x8",
        "::ffff:10.0.0.0/8",
        "::ffff:10.0.0.0/95",
        "::ffff:10.0.0.0/129",
        "fe80::1%eth0",
        "fe80::1%eth0/64",
        "10.0.0.0 /8",
        "10.0.0.0/8 ,"
      })
  void refusesWhatIsNoRange(String text) {
    assertRejected(() -> IpRange.parse(text), "network.range.invalid", "range");
  }

  @ParameterizedTest
  @CsvSource({
    "10.0.0.0/8, 10.0.0.0/8",
    "10.1.2.3, 10.1.2.3",
    "10.1.2.3/32, 10.1.2.3",
    "2001:DB8::/32, 2001:db8::/32",
    "::ffff:10.0.0.0/104, 10.0.0.0/8",
    "0.0.0.0/0, 0.0.0.0/0"
  })
  void anExactRangeIsWrittenCanonically(String range, String text) {
    assertThat(IpRange.parseExact(range).text()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(strings = {"10.1.2.3/8", "192.0.2.7/24", "2001:db8::1/32", "::ffff:10.1.2.3/104"})
  void anExactRangeHasNoBitsPastItsPrefix(String text) {
    assertRejected(() -> IpRange.parseExact(text), "network.range.host_bits", "range");
  }
}
