package dev.personaltokens.application.port.in.token;

import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.InOneTransaction;
import dev.personaltokens.domain.token.TokenId;

/**
 * An admin revokes any account's token from the inventory: it stops on every node before this
 * returns; the owner's security log names the admin ({@code token.revoked_by_admin}) and the owner
 * is mailed when mail is on. {@link PersonalTokenNotFoundException} if it is not live.
 */
@InOneTransaction
public interface RevokeAnyTokenUseCase {

  void revoke(Actor admin, TokenId token);
}
