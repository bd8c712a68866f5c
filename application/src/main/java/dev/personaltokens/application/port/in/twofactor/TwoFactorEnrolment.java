package dev.personaltokens.application.port.in.twofactor;

import dev.personaltokens.domain.twofactor.TotpSecret;

/**
 * A new, pending enrolment, shown to its owner once: the secret to type into an authenticator app,
 * and the {@code otpauth://} URI its QR code carries.
 */
public record TwoFactorEnrolment(TotpSecret secret, String uri) {

  /** Never the secret, which the URI holds too. */
  @Override
  public String toString() {
    return "TwoFactorEnrolment[hidden]";
  }
}
