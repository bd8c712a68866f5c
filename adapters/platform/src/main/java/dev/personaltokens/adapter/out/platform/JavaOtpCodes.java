package dev.personaltokens.adapter.out.platform;

import com.eatthepath.otp.TimeBasedOneTimePasswordGenerator;
import dev.personaltokens.application.port.out.OneTimeCodes;
import dev.personaltokens.domain.twofactor.SecondFactor;
import dev.personaltokens.domain.twofactor.TimeStep;
import dev.personaltokens.domain.twofactor.TotpSecret;
import java.security.InvalidKeyException;
import java.util.Locale;
import javax.crypto.spec.SecretKeySpec;

/** The codes of RFC 6238 from java-otp: HMAC-SHA-1, 30-second steps, six digits. */
public final class JavaOtpCodes implements OneTimeCodes {

  private final TimeBasedOneTimePasswordGenerator totp =
      new TimeBasedOneTimePasswordGenerator(
          TimeStep.LENGTH,
          SecondFactor.DIGITS,
          TimeBasedOneTimePasswordGenerator.TOTP_ALGORITHM_HMAC_SHA1);

  /** ASCII digits whatever the platform's locale, as the apps show them and people type them. */
  @Override
  public String at(TotpSecret secret, TimeStep step) {
    try {
      return totp.generateOneTimePasswordString(
          new SecretKeySpec(secret.bytes(), totp.getAlgorithm()), step.start(), Locale.ROOT);
    } catch (InvalidKeyException e) {
      throw new IllegalStateException("an HMAC takes a key of any length", e);
    }
  }
}
