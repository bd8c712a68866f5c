package dev.personaltokens.application.port.in;

/**
 * Forward auth: whether a request to another service, made with {@code method}, may go through with
 * this personal token. Only personal tokens count; a session's token is refused.
 *
 * @throws AuthenticationException when the token is missing, malformed, unknown, expired or revoked
 * @throws InsufficientScopeException when its scope doesn't allow {@code method}
 */
@ReadsOnly
public interface VerifyPersonalTokenUseCase {

  VerifiedToken verify(String presentedSecret, String method);
}
