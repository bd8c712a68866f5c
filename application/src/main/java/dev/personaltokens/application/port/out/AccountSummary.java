package dev.personaltokens.application.port.out;

import dev.personaltokens.domain.account.Account;

/** An account as the admins' list of people shows it: with how many of its tokens still work. */
public record AccountSummary(Account account, long liveTokens) {}
