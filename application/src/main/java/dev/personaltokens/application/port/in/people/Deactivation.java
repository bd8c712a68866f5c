package dev.personaltokens.application.port.in.people;

import dev.personaltokens.domain.account.Account;

/** What a deactivation ended: nothing when the account was deactivated already. */
public record Deactivation(Account account, int tokensRevoked, int sessionsEnded) {}
