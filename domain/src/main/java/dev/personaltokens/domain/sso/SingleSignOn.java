package dev.personaltokens.domain.sso;

import java.time.Duration;
import java.util.Optional;

/**
 * How people sign in, beside the identity provider itself.
 *
 * @param passwordSignIn whether a password signs in at all (PTK_PASSWORD_SIGN_IN)
 * @param provider what people call the identity provider, on its sign-in button (PTK_OIDC_NAME);
 *     empty when there is none (PTK_OIDC_ISSUER)
 * @param adminGroup the provider's group whose people are admins (PTK_OIDC_ADMIN_GROUP); without
 *     one, the admins give the roles
 * @param maxSession the longest a session opened through the provider lasts (PTK_OIDC_MAX_SESSION)
 */
public record SingleSignOn(
    boolean passwordSignIn,
    Optional<String> provider,
    Optional<String> adminGroup,
    Duration maxSession) {

  /** As the server ships: passwords sign in, no identity provider. */
  public static final SingleSignOn DEFAULT =
      new SingleSignOn(true, Optional.empty(), Optional.empty(), Duration.ofHours(12));
}
