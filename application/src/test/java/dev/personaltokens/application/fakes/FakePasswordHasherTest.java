package dev.personaltokens.application.fakes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.account.PasswordHash;
import org.junit.jupiter.api.Test;

class FakePasswordHasherTest {

  private final FakePasswordHasher hasher = new FakePasswordHasher();

  @Test
  void matchesTheRightPassword() {
    PasswordHash hash = hasher.hash(Password.newPassword("correct horse battery"));

    assertThat(hasher.matches(Password.presented("correct horse battery"), hash)).isTrue();
  }

  @Test
  void doesNotMatchAWrongPassword() {
    PasswordHash hash = hasher.hash(Password.newPassword("correct horse battery"));

    assertThat(hasher.matches(Password.presented("correct horse batterY"), hash)).isFalse();
    assertThat(hasher.matches(Password.presented("x"), hash)).isFalse();
  }

  @Test
  void saltsEveryHash() {
    Password password = Password.newPassword("correct horse battery");

    assertThat(hasher.hash(password)).isNotEqualTo(hasher.hash(password));
    assertThat(hasher.hashes()).isEqualTo(2);
  }

  @Test
  void neverStoresThePassword() {
    assertThat(hasher.hash(Password.newPassword("correct horse battery")).encoded())
        .startsWith("fake$")
        .doesNotContain("horse");
  }

  @Test
  void doesNotMatchAHashOfAnotherShape() {
    Password password = Password.presented("correct horse battery");

    assertThat(hasher.matches(password, new PasswordHash("x"))).isFalse();
    assertThat(hasher.matches(password, new PasswordHash("pbkdf2$1$2"))).isFalse();
    assertThat(hasher.matches(password, new PasswordHash("fake$$"))).isFalse();
  }
}
