package dev.personaltokens.application.port.in.token;

import dev.personaltokens.application.port.in.InOneTransaction;

/**
 * Revokes, as {@code inactive}, the live tokens of every account unused for the policy's inactivity
 * limit (never used: since they were made), each with {@code token.revoked_inactive} in its owner's
 * log; when the server sends mail, only those whose owner was told at least a week before (the
 * notices' run tells them). They stop on every node before a call returns. Without a limit nothing
 * is due. The server calls it every notice interval.
 */
@InOneTransaction
public interface RevokeUnusedTokensUseCase {

  /** Revokes a batch of the tokens due, in one transaction; returns how many it revoked. */
  int revokeNext();

  /**
   * Revokes the tokens due, a batch a call of {@link #revokeNext} (each its own transaction), at
   * most about {@code limit}; returns how many it revoked.
   */
  default int revokeDue(int limit) {
    int revoked = 0;
    while (revoked < limit) {
      int batch = revokeNext();
      if (batch == 0) {
        break;
      }
      revoked += batch;
    }
    return revoked;
  }
}
