package dev.personaltokens.application.fakes;

import dev.personaltokens.application.port.out.OneTimeCodes;
import dev.personaltokens.domain.twofactor.TimeStep;
import dev.personaltokens.domain.twofactor.TotpSecret;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * Six digits of a SHA-256 over the secret and the step: not RFC 6238 (the platform adapter's test
 * checks that, with the RFC's vectors), but codes that differ by secret and step as real ones do,
 * and that a test can ask for as the app in a person's hand would show them.
 */
public final class FakeOneTimeCodes implements OneTimeCodes {

  @Override
  public String at(TotpSecret secret, TimeStep step) {
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      sha256.update(secret.base32().getBytes(StandardCharsets.US_ASCII));
      sha256.update(ByteBuffer.allocate(Long.BYTES).putLong(step.number()).array());
      int number = ByteBuffer.wrap(sha256.digest()).getInt();
      return String.format("%06d", Math.floorMod(number, 1_000_000));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }
}
