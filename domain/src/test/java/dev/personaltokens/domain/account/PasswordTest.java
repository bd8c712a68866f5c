package dev.personaltokens.domain.account;

import static dev.personaltokens.domain.InvalidValues.assertRejected;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class PasswordTest {

  @ParameterizedTest
  @ValueSource(ints = {1, 10, 11})
  void newPasswordRejectsFewerThanTwelveCharacters(int length) {
    assertRejected(
        () -> Password.newPassword("p".repeat(length)), "account.password.too_short", "password");
  }

  @ParameterizedTest
  @NullAndEmptySource
  void newPasswordRejectsMissingPassword(String value) {
    assertRejected(() -> Password.newPassword(value), "account.password.too_short", "password");
  }

  @ParameterizedTest
  @ValueSource(ints = {12, 13, 64, 127, 128})
  void newPasswordAcceptsTwelveToHundredTwentyEightCharacters(int length) {
    String value = "p".repeat(length);

    assertThat(Password.newPassword(value).reveal()).isEqualTo(value);
  }

  @ParameterizedTest
  @ValueSource(ints = {129, 130, 1000})
  void newPasswordRejectsMoreThanHundredTwentyEightCharacters(int length) {
    assertRejected(
        () -> Password.newPassword("p".repeat(length)), "account.password.too_long", "password");
  }

  @Test
  void newPasswordCountsCodePoints() {
    assertThat(Password.newPassword("😀".repeat(12)).reveal()).hasSize(24);
    assertRejected(
        () -> Password.newPassword("😀".repeat(11)), "account.password.too_short", "password");
    assertRejected(
        () -> Password.newPassword("😀".repeat(129)), "account.password.too_long", "password");
  }

  /** From the shipped list: common passwords of twelve characters and more, in any case. */
  @ParameterizedTest
  @ValueSource(strings = {"qazwsxedcrfv", "1q2w3e4r5t6y", "PASSWORD1234", "Qwertyuiop123"})
  void ownChoiceRejectsACommonPasswordInAnyCase(String value) {
    assertRejected(() -> Password.ownChoice(value), "account.password.common", "password");
  }

  @Test
  void ownChoiceMeansTheWholeListWhateverTheLength() {
    assertThat(CommonPasswords.contains("123456")).isTrue();
    assertThat(CommonPasswords.contains("PassWord")).isTrue();
    assertThat(CommonPasswords.contains("correct horse battery staple")).isFalse();
  }

  @Test
  void ownChoiceIsStillANewPassword() {
    assertRejected(() -> Password.ownChoice("password"), "account.password.too_short", "password");
    assertThat(Password.ownChoice("correct horse battery staple").reveal())
        .isEqualTo("correct horse battery staple");
  }

  @Test
  void theOperatorsChoicesAreNotHeldToTheList() {
    assertThat(Password.newPassword("password1234").reveal()).isEqualTo("password1234");
  }

  @Test
  void sameAsComparesEveryCharacter() {
    assertThat(Password.presented("correct horse").sameAs(Password.presented("correct horse")))
        .isTrue();
    assertThat(Password.presented("correct horse").sameAs(Password.presented("Correct horse")))
        .isFalse();
  }

  @ParameterizedTest
  @NullAndEmptySource
  void presentedRejectsEmptyPassword(String value) {
    assertRejected(() -> Password.presented(value), "account.password.invalid", "password");
  }

  @ParameterizedTest
  @ValueSource(strings = {"x", "short", " ", "a password of any length up to a sane limit"})
  void presentedAcceptsAnyNonEmptyPassword(String value) {
    assertThat(Password.presented(value).reveal()).isEqualTo(value);
  }

  @Test
  void presentedAcceptsUpTo512CharactersAndRejectsMore() {
    assertThat(Password.presented("p".repeat(512)).reveal()).hasSize(512);
    assertRejected(
        () -> Password.presented("p".repeat(513)), "account.password.invalid", "password");
  }

  @Test
  void toStringHidesThePassword() {
    Password password = Password.newPassword("correct horse battery staple");

    assertThat(password.toString()).isEqualTo("********").doesNotContain("horse");
    assertThat(String.valueOf(Password.presented("hunter2"))).doesNotContain("hunter2");
  }

  @Test
  void handsItsCharactersToTheHasher() {
    assertThat(Password.presented("s3cret").characters())
        .containsExactly('s', '3', 'c', 'r', 'e', 't');
  }
}
