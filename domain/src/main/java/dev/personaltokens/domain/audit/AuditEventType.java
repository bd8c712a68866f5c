package dev.personaltokens.domain.audit;

import dev.personaltokens.domain.InvalidValueException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What happened to an account's credentials, as its owner reads it in the security log. */
public enum AuditEventType {
  SESSION_CREATED("session.created"),
  /** A wrong password for this account. */
  SESSION_FAILED("session.failed"),
  SESSION_ENDED("session.ended"),
  TOKEN_CREATED("token.created"),
  TOKEN_REVOKED("token.revoked"),
  TOKEN_REVOKED_ALL("token.revoked_all"),
  TOKEN_ROTATED("token.rotated"),
  TOKEN_REUSE_DETECTED("token.reuse_detected"),
  TOKEN_REVOKED_LEAKED("token.revoked_leaked"),
  TOKEN_EXPIRY_NOTICE("token.expiry_notice"),
  PASSWORD_RESET("password.reset"),
  /** The person set their password through a one-time link. */
  PASSWORD_SET("password.set"),
  /** The person changed their own password, giving the current one. */
  PASSWORD_CHANGED("password.changed"),
  ACCOUNT_CREATED("account.created"),
  ACCOUNT_DEACTIVATED("account.deactivated"),
  ACCOUNT_REACTIVATED("account.reactivated"),
  ACCOUNT_ROLE_CHANGED("account.role_changed"),
  /** An account signs in through the identity provider from now on. */
  ACCOUNT_LINKED("account.linked"),
  /** The identity provider renamed the person (SCIM): the detail says from what to what. */
  ACCOUNT_EMAIL_CHANGED("account.email_changed"),
  PASSWORD_RESET_LINK_SENT("password.reset_link_sent"),
  /** An admin revoked the token from the credentials inventory. */
  TOKEN_REVOKED_BY_ADMIN("token.revoked_by_admin"),
  /**
   * An admin changed the instance's policy: the event, on the admin's log, says before and after.
   */
  POLICY_CHANGED("policy.changed"),
  /** Unused for as long as the policy's inactivity limit allows, it was revoked. */
  TOKEN_REVOKED_INACTIVE("token.revoked_inactive"),
  /** The right password, then a wrong two-factor code: someone else may know the password. */
  SESSION_OTP_FAILED("session.otp_failed"),
  /** Two-factor sign-in turned on: a code of the authenticator app confirmed it. */
  TWO_FACTOR_ENABLED("two_factor.enabled"),
  TWO_FACTOR_DISABLED("two_factor.disabled"),
  /** A recovery code signed in in place of the app's code; it works no more. */
  TWO_FACTOR_RECOVERY_USED("two_factor.recovery_used");

  private final String code;

  AuditEventType(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static AuditEventType fromCode(String code) {
    return Arrays.stream(values())
        .filter(type -> type.code.equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidValueException(
                    "audit.type.unknown",
                    "type",
                    "type must be one of: "
                        + Arrays.stream(values())
                            .map(AuditEventType::code)
                            .collect(Collectors.joining(", "))));
  }
}
