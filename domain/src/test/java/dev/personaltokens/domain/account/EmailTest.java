package dev.personaltokens.domain.account;

import static dev.personaltokens.domain.InvalidValues.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "alice@example.com|alice@example.com",
        "Alice@Example.COM|alice@example.com",
        "'  bob@example.com  '|bob@example.com",
        "Carol.Smith+ptk@Mail.Example.org|carol.smith+ptk@mail.example.org",
        "a@b|a@b"
      })
  void lowerCasesAndTrims(String typed, String stored) {
    assertThat(new Email(typed).value()).isEqualTo(stored);
  }

  @Test
  void trimsTabsAndLineBreaks() {
    assertThat(new Email("\tAlice@Example.com\r\n").value()).isEqualTo("alice@example.com");
  }

  @Test
  void emailsDifferingOnlyInCaseAreEqual() {
    assertThat(new Email("A@Example.com")).isEqualTo(new Email("a@example.com"));
    assertThat(new Email("A@Example.com").hashCode())
        .isEqualTo(new Email("a@example.com").hashCode());
  }

  @ParameterizedTest
  @NullAndEmptySource
  @ValueSource(
      strings = {
        " ",
        "alice",
        "alice.example.com",
        "@example.com",
        "alice@",
        "@",
        "alice@@example.com",
        "alice@bob@example.com",
        "a@b@c",
        "alice smith@example.com",
        "alice@exa mple.com",
        "alice@example.com\nbcc@evil.example",
        "alice\u0000@example.com",
        "alice\t@example.com",
        "alice\u00A0smith@example.com"
      })
  void rejectsWhatDoesNotLookLikeAnEmail(String email) {
    assertRejected(() -> new Email(email), "account.email.invalid", "email");
  }

  @Test
  void accepts254Characters() {
    String email = "a".repeat(254 - "@example.com".length()) + "@example.com";

    assertThat(new Email(email).value()).hasSize(254);
  }

  @ParameterizedTest
  @ValueSource(ints = {255, 256, 1000})
  void rejectsMoreThan254Characters(int length) {
    String email = "a".repeat(length - "@example.com".length()) + "@example.com";

    assertRejected(() -> new Email(email), "account.email.invalid", "email");
  }

  @Test
  void countsTheLengthAfterTrimming() {
    String email = "a".repeat(254 - "@example.com".length()) + "@example.com";

    assertThat(new Email("   " + email + "   ").value()).isEqualTo(email);
  }
}
