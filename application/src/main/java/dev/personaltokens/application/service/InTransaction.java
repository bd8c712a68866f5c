package dev.personaltokens.application.service;

import java.util.function.Supplier;

/**
 * Runs a step of an {@link dev.personaltokens.application.port.in.OwnTransactions} use case in a
 * transaction of its own: the assembly passes each service one that goes through the transaction
 * boundary.
 */
public interface InTransaction {

  <T> T run(Supplier<T> work);
}
