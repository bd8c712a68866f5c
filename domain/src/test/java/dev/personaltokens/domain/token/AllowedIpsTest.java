package dev.personaltokens.domain.token;

import static dev.personaltokens.domain.InvalidValues.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.personaltokens.domain.InvalidValueException;
import java.util.Collections;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AllowedIpsTest {

  @ParameterizedTest
  @CsvSource({
    // A range and a client address, IPv4, IPv6, and IPv4 as an IPv4-mapped IPv6 address.
    "10.0.0.0/8, 10.1.2.3, true",
    "10.0.0.0/8, 10.255.255.255, true",
    "10.0.0.0/8, 11.0.0.0, false",
    "10.0.0.0/8, 9.255.255.255, false",
    "10.0.0.0/8, ::ffff:10.1.2.3, true",
    "10.0.0.0/8, ::FFFF:10.1.2.3, true",
    "10.0.0.0/8, ::ffff:a01:203, true",
    "10.0.0.0/8, ::ffff:11.1.2.3, false",
    "::ffff:10.0.0.0/104, 10.1.2.3, true",
    "::ffff:10.0.0.0/104, ::ffff:10.1.2.3, true",
    "192.0.2.7, 192.0.2.7, true",
    "192.0.2.7, 192.0.2.8, false",
    "192.0.2.0/24, 192.0.2.255, true",
    "192.0.2.0/31, 192.0.2.1, true",
    "192.0.2.0/31, 192.0.2.2, false",
    "127.0.0.1, 127.0.0.1, true",
    "10.0.0.0/8, 127.0.0.1, false",
    "2001:db8::/32, 2001:db8:ffff:ffff::1, true",
    "2001:db8::/32, 2001:db9::1, false",
    "2001:db8:0:1::/64, 2001:db8:0:1:ffff:ffff:ffff:ffff, true",
    "2001:db8:0:1::/64, 2001:db8:0:2::, false",
    "2001:DB8::1, 2001:db8:0:0:0:0:0:1, true",
    "::1, ::1, true",
    "::1, 127.0.0.1, false",
    "fe80::/10, fe80::1, true",
    "fe80::/10, fec0::1, false",
    // IPv4 and IPv6 never hold each other's addresses, but for the mapping.
    "0.0.0.0/0, 2001:db8::1, false",
    "::/0, 10.1.2.3, false",
    "::/0, ::ffff:10.1.2.3, false",
    "0.0.0.0/0, ::ffff:10.1.2.3, true",
    "2001:db8::/32, ::ffff:10.1.2.3, false"
  })
  void allowsTheAddressesOfItsRangesOnly(String range, String client, boolean allowed) {
    assertThat(AllowedIps.parse(List.of(range)).allows(client))
        .as(range + " / " + client)
        .isEqualTo(allowed);
  }

  @Test
  void allowsAClientInAnyOfItsRanges() {
    AllowedIps office = AllowedIps.parse(List.of("10.0.0.0/8", "192.0.2.7", "2001:db8::/32"));

    assertThat(office.allows("10.9.9.9")).isTrue();
    assertThat(office.allows("192.0.2.7")).isTrue();
    assertThat(office.allows("2001:db8::5")).isTrue();
    assertThat(office.allows("198.51.100.1")).isFalse();
  }

  @Test
  void noneMeansAnywhere() {
    assertThat(AllowedIps.parse(List.of())).isEqualTo(AllowedIps.ANYWHERE);
    assertThat(AllowedIps.ANYWHERE.isAnywhere()).isTrue();
    assertThat(AllowedIps.ANYWHERE.allows("203.0.113.9")).isTrue();
    assertThat(AllowedIps.ANYWHERE.allows("2001:db8::1")).isTrue();
    assertThat(AllowedIps.ANYWHERE.allows((String) null)).as("an unknown client").isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "unknown", "localhost", "10.1.2", "203.0.113.9, 10.1.2.3"})
  void aBoundTokenRefusesAClientItCantPlace(String client) {
    AllowedIps bound = AllowedIps.parse(List.of("0.0.0.0/0", "::/0"));

    assertThat(bound.allows(client)).isFalse();
    assertThat(bound.allows((String) null)).isFalse();
  }

  @Test
  void writesEachEntryCanonicallyAndOnceInTheOrderGiven() {
    AllowedIps allowed =
        AllowedIps.parse(
            List.of(
                " 2001:DB8:0:0::/32 ",
                "10.1.2.3/32",
                "::ffff:10.0.0.0/104",
                "0:0:0:0:0:0:0:1",
                "10.0.0.0/8",
                "::ffff:192.0.2.7",
                "2001:db8::/32"));

    assertThat(allowed.texts())
        .containsExactly("2001:db8::/32", "10.1.2.3", "10.0.0.0/8", "::1", "192.0.2.7");
    assertThat(allowed.text()).isEqualTo("2001:db8::/32,10.1.2.3,10.0.0.0/8,::1,192.0.2.7");
  }

  @Test
  void readsBackWhatItWrote() {
    AllowedIps allowed = AllowedIps.parse(List.of("10.0.0.0/8", "2001:db8::/32", "192.0.2.7"));

    assertThat(AllowedIps.fromText(allowed.text())).isEqualTo(allowed);
    assertThat(AllowedIps.fromText("")).isEqualTo(AllowedIps.ANYWHERE);
    assertThat(AllowedIps.fromText(null)).isEqualTo(AllowedIps.ANYWHERE);
  }

  @Test
  void takesTwentyEntriesAndNoMore() {
    List<String> twenty = IntStream.range(0, 20).mapToObj(i -> "192.0.2." + i).toList();
    List<String> twentyOne = IntStream.range(0, 21).mapToObj(i -> "192.0.2." + i).toList();

    assertThat(AllowedIps.parse(twenty).ranges()).hasSize(20);
    assertRejected(() -> AllowedIps.parse(twentyOne), "token.allowed_ips.too_many", "allowed_ips");
    assertRejected(
        () -> AllowedIps.parse(Collections.nCopies(21, "10.0.0.0/8")),
        "token.allowed_ips.too_many",
        "allowed_ips");
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " ",
        "localhost",
        "example.com",
        "10.0.0.0/33",
        "10.0.0.0/",
        "10.0.0.0/-1",
        "256.0.0.0/8",
        "10.0.0.0:80",
        "[::1]",
        "::1/129",
        "::ffff:10.0.0.0/8",
        "fe80::1%eth0",
        "10.0.0.0/8,11.0.0.0/8",
        "10.0.0.0 /8",
        "*"
      })
  void refusesWhatIsNoAddressOrRange(String entry) {
    assertRejected(
        () -> AllowedIps.parse(List.of("192.0.2.7", entry)),
        "token.allowed_ips.invalid",
        "allowed_ips");
  }

  @ParameterizedTest
  @CsvSource({
    "10.1.2.3/8, 10.0.0.0/8",
    "2001:db8::1/32, 2001:db8::/32",
    "192.0.2.7/24, 192.0.2.0/24"
  })
  void refusesARangeWithBitsPastItsPrefixAndSaysWhichBlockItMeant(String entry, String block) {
    assertThatThrownBy(() -> AllowedIps.parse(List.of(entry)))
        .isInstanceOfSatisfying(
            InvalidValueException.class,
            e -> {
              assertThat(e.code()).isEqualTo("token.allowed_ips.invalid");
              assertThat(e.field()).isEqualTo("allowed_ips");
              assertThat(e.getMessage()).contains(entry).contains("write " + block);
            });
  }

  @Test
  void namesTheEntryItRefusesWithoutItsControlCharacters() {
    assertThatThrownBy(() -> AllowedIps.parse(List.of("10.0.0.0/8", "bad\u202Eentry")))
        .hasMessage("allowed_ips: not an IP address or CIDR range: bad?entry");
  }
}
