package dev.personaltokens.application.port.in.clilogin;

import dev.personaltokens.application.port.in.OwnTransactions;

/**
 * The command line asks, with its handle, whether its login was answered. Once approved, the first
 * poll makes the machine's personal token as {@code ptk login} makes it (in the create's own
 * transaction, under the policy in force) and hands out its key; the handle then serves no more.
 */
@OwnTransactions
public interface PollCliLoginUseCase {

  CliLoginPoll poll(String handle);
}
