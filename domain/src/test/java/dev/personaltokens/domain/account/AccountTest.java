package dev.personaltokens.domain.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AccountTest {

  @ParameterizedTest
  @ValueSource(longs = {0, -1, Long.MIN_VALUE})
  void accountIdsStartAtOne(long value) {
    assertThatThrownBy(() -> new AccountId(value)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void accountIdPrintsAsItsNumber() {
    assertThat(new AccountId(42)).hasToString("42");
  }

  @Test
  void toStringHidesThePasswordHash() {
    Account account =
        new Account(
            new AccountId(1),
            new Email("alice@example.com"),
            new PasswordHash("pbkdf2$secret-hash"),
            Instant.parse("2026-01-01T00:00:00Z"),
            Role.MEMBER,
            AccountStatus.ACTIVE,
            null,
            false);

    assertThat(account.toString()).contains("alice@example.com").doesNotContain("secret-hash");
    assertThat(new PasswordHash("pbkdf2$secret-hash").toString()).doesNotContain("secret-hash");
  }

  @Test
  void rolesAndStatusesAreReadFromTheirCodesOnly() {
    assertThat(Role.fromCode("admin")).isEqualTo(Role.ADMIN);
    assertThat(AccountStatus.fromCode("deactivated")).isEqualTo(AccountStatus.DEACTIVATED);
    assertThatThrownBy(() -> Role.fromCode("ADMIN")).hasMessage("role must be member or admin");
    assertThatThrownBy(() -> AccountStatus.fromCode("gone"))
        .hasMessage("status must be active or deactivated");
  }

  @Test
  void noPasswordIsNotAPassword() {
    Account invited =
        new Account(
            new AccountId(2),
            new Email("dana@example.com"),
            PasswordHash.NONE,
            Instant.parse("2026-01-01T00:00:00Z"),
            Role.MEMBER,
            AccountStatus.ACTIVE,
            null,
            false);

    assertThat(invited.hasPassword()).isFalse();
    assertThat(invited.isActive()).isTrue();
    assertThat(invited.isAdmin()).isFalse();
  }
}
