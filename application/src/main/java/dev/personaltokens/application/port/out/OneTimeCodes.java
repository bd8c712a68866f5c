package dev.personaltokens.application.port.out;

import dev.personaltokens.domain.twofactor.TimeStep;
import dev.personaltokens.domain.twofactor.TotpSecret;

/**
 * The codes authenticator apps show: TOTP (RFC 6238) with HMAC-SHA-1, 30-second steps, 6 digits.
 */
public interface OneTimeCodes {

  /**
   * The code an app that shares {@code secret} shows during {@code step}: six digits, zeros kept.
   */
  String at(TotpSecret secret, TimeStep step);
}
