package dev.personaltokens.domain.token;

import java.util.Arrays;

/** Why a token was revoked: a client told which says what to do about it. */
public enum Revocation {
  /** Its owner revoked it, one by one or all at once, or its family was ended for a reuse. */
  REVOKED("revoked"),
  /** A successor replaced it; presenting it to be rotated again is a reuse. */
  ROTATED("rotated"),
  /** Someone reported its secret as found in public. */
  LEAKED("leaked"),
  /** Unused for longer than the policy's inactivity limit. */
  INACTIVE("inactive");

  private final String code;

  Revocation(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Revocation fromCode(String code) {
    return Arrays.stream(values())
        .filter(reason -> reason.code.equals(code))
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no revocation " + code));
  }
}
