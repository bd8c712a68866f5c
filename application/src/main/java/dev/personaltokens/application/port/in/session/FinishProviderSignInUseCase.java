package dev.personaltokens.application.port.in.session;

import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.application.port.in.OwnTransactions;

/**
 * Opens a session for whom the identity provider sent back: the account keyed by the provider's
 * subject, linked by a verified email or made on the first sign-in. The provider is asked outside
 * any transaction; the account and the session are written by {@link Writes}.
 */
@OwnTransactions
public interface FinishProviderSignInUseCase {

  IssuedSession finish(ProviderCallback callback);

  /** The writes once the provider said who it is, in a transaction of their own. */
  @InOneTransaction
  interface Writes {}
}
