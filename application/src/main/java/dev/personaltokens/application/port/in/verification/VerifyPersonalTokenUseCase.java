package dev.personaltokens.application.port.in.verification;

import dev.personaltokens.application.port.in.ReadsOnly;
import java.util.List;

/**
 * Forward auth: whether a request to another service may go through with this personal token, given
 * every method the verification request says it has ({@code methods}: its own and each method
 * header present). Only personal tokens count; a session's token is refused.
 *
 * @throws AuthenticationException when the token is missing, malformed, unknown, expired or revoked
 * @throws InsufficientScopeException when its scope doesn't allow one of {@code methods}, or they
 *     disagree
 */
@ReadsOnly
public interface VerifyPersonalTokenUseCase {

  VerifiedToken verify(String presentedSecret, List<String> methods);
}
