package dev.personaltokens.application.port.in.token;

import dev.personaltokens.application.port.in.InOneTransaction;

/**
 * Revokes, as leaked, every live personal token of a received report and ends every session in it;
 * returns how many personal tokens it revoked.
 */
@InOneTransaction
public interface RevokeLeakedCredentialsUseCase {

  int revokeLeaked(LeakReport report);
}
