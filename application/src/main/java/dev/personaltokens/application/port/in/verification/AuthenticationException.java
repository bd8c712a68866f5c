package dev.personaltokens.application.port.in.verification;

import dev.personaltokens.domain.DomainException;
import dev.personaltokens.domain.ErrorCategory;
import java.time.Instant;

/** Credentials that don't sign anyone in; the code tells a client what to do about it. */
public final class AuthenticationException extends DomainException {

  private AuthenticationException(String code, String message) {
    super(ErrorCategory.UNAUTHENTICATED, code, message);
  }

  public static AuthenticationException missing() {
    return new AuthenticationException(
        "auth.missing", "send Authorization: Token <token>, or Basic credentials to sign in");
  }

  public static AuthenticationException malformed() {
    return new AuthenticationException(
        "auth.token.malformed", "the token is not a well-formed ptk_ or pts_ token");
  }

  public static AuthenticationException invalid() {
    return new AuthenticationException("auth.token.invalid", "the token is unknown");
  }

  public static AuthenticationException revoked() {
    return new AuthenticationException("auth.token.revoked", "the token has been revoked");
  }

  /** A token replaced by rotation at {@code at}: its successor is the one to use. */
  public static AuthenticationException rotated(Instant at) {
    return new AuthenticationException(
        "auth.token.rotated",
        "the token was replaced by rotation on " + at + "; use its successor");
  }

  /**
   * A good token presented by a client at an address it is not bound to ({@code address}, as the
   * server derived it; null when unknown).
   */
  public static AuthenticationException address(String address) {
    return new AuthenticationException(
        "auth.token.address",
        address == null
            ? "the token can't be used from an unknown address: it is bound to addresses"
            : "the token can't be used from " + address + ": it is bound to other addresses");
  }

  /** Where only personal tokens count: verification for other services. */
  public static AuthenticationException notAPersonalToken() {
    return new AuthenticationException(
        "auth.token.invalid", "only a personal token (ptk_) is accepted here");
  }

  /** No bearer token on {@code /scim/v2}: the identity provider is told which one it needs. */
  public static AuthenticationException noScimToken() {
    return new AuthenticationException(
        "auth.missing",
        "send Authorization: Bearer <a SCIM token made by ptk admin scim-token create>");
  }

  /** A service's Basic credentials that are missing, malformed, unknown or wrong. */
  public static AuthenticationException badClient() {
    return new AuthenticationException(
        "auth.client.invalid", "send the Basic credentials of a registered service client");
  }

  /** A token the instance's policy no longer allows: blocked, not revoked, while it doesn't. */
  public static AuthenticationException blockedByPolicy(String why) {
    return new AuthenticationException("auth.token.policy", "the token is blocked: " + why);
  }

  public static AuthenticationException expired() {
    return new AuthenticationException("auth.token.expired", "the token has expired");
  }

  /** The password was right, but an admin deactivated the account. */
  public static AuthenticationException deactivated() {
    return new AuthenticationException(
        "auth.account.deactivated", "this account is deactivated; ask an admin of this server");
  }

  /**
   * The password was right, and the account signs in with a second factor too: the code of its
   * authenticator app, or a recovery code.
   */
  public static AuthenticationException otpRequired() {
    return new AuthenticationException(
        "auth.otp.required",
        "this account signs in with two factors: send the code of your authenticator app, or a"
            + " recovery code, in X-Ptk-Otp");
  }

  /** The password was right, the second factor wrong, used already, or of a time long past. */
  public static AuthenticationException otpInvalid() {
    return new AuthenticationException(
        "auth.otp.invalid",
        "the two-factor code is wrong or was used already; wait for the next one of your app");
  }

  /** PTK_PASSWORD_SIGN_IN=off: people sign in through the identity provider only. */
  public static AuthenticationException passwordSignInOff() {
    return new AuthenticationException(
        "auth.password.off",
        "this server signs in through its identity provider only, in the console");
  }

  public static AuthenticationException badCredentials() {
    return new AuthenticationException(
        "auth.credentials.invalid", "the email or the password is wrong");
  }
}
