package dev.personaltokens.application.port.in.session;

import dev.personaltokens.domain.DomainException;
import dev.personaltokens.domain.ErrorCategory;

/**
 * A sign-in through the identity provider that did not sign anyone in; the code tells the console
 * which sentence to show, the message tells the operator's log why.
 */
public final class ProviderSignInException extends DomainException {

  private ProviderSignInException(ErrorCategory category, String code, String message) {
    super(category, code, message);
  }

  /** No provider is configured (PTK_OIDC_ISSUER). */
  public static ProviderSignInException off() {
    return new ProviderSignInException(
        ErrorCategory.NOT_FOUND, "oidc.off", "this server signs in with no identity provider");
  }

  /** The provider answered with an error instead of a code: consent denied, login cancelled. */
  public static ProviderSignInException denied(String error) {
    return new ProviderSignInException(
        ErrorCategory.UNAUTHENTICATED, "oidc.denied", "the identity provider answered " + error);
  }

  /** The callback's state is missing, not this browser's, used already or too old. */
  public static ProviderSignInException state() {
    return new ProviderSignInException(
        ErrorCategory.UNAUTHENTICATED,
        "oidc.state",
        "the sign-in's state is unknown, used, expired or not this browser's");
  }

  /** The provider refused to exchange the code: expired, used, or not for this client. */
  public static ProviderSignInException code(String why) {
    return new ProviderSignInException(
        ErrorCategory.UNAUTHENTICATED, "oidc.code", "the provider refused the code: " + why);
  }

  /** The ID token failed a check: signature, issuer, audience, expiry, nonce, or its claims. */
  public static ProviderSignInException token(String why) {
    return new ProviderSignInException(
        ErrorCategory.UNAUTHENTICATED, "oidc.token", "the ID token was refused: " + why);
  }

  /** The provider could not be reached, or answered what is not OpenID Connect. */
  public static ProviderSignInException unavailable(String why) {
    return new ProviderSignInException(
        ErrorCategory.UNAVAILABLE,
        "oidc.unavailable",
        "the identity provider can't be reached: " + why);
  }

  /**
   * The provider does not say the email is its person's: an account of it, linked or made, would
   * let whoever typed someone's email in at the provider sign in as them.
   */
  public static ProviderSignInException emailUnverified() {
    return new ProviderSignInException(
        ErrorCategory.FORBIDDEN,
        "oidc.email_unverified",
        "the identity provider does not say the email is verified");
  }

  /** The email's account signs in as another of the provider's people. */
  public static ProviderSignInException emailTaken() {
    return new ProviderSignInException(
        ErrorCategory.CONFLICT,
        "oidc.email_taken",
        "the account with this email is linked to another person of the provider");
  }
}
