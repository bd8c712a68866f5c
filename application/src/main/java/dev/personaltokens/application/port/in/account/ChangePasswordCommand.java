package dev.personaltokens.application.port.in.account;

import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.token.TokenSecret;
import java.util.Objects;

/**
 * @param account the caller's account
 * @param credential what the caller signed in with: a session is kept, every other one ends
 * @param current the password the caller gives as the current one
 * @param newPassword the caller's own choice ({@link Password#ownChoice})
 */
public record ChangePasswordCommand(
    AccountId account, TokenSecret credential, Password current, Password newPassword) {

  public ChangePasswordCommand {
    Objects.requireNonNull(account, "account");
    Objects.requireNonNull(credential, "credential");
    Objects.requireNonNull(current, "current");
    Objects.requireNonNull(newPassword, "newPassword");
  }
}
