package dev.personaltokens.application.port.in.account;

import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Password;
import java.util.Optional;

/**
 * The account opened on first start.
 *
 * @param generatedPassword present when no password was configured: show it once, then forget it
 */
public record FirstAccount(Account account, Optional<Password> generatedPassword) {}
