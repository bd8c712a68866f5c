package dev.personaltokens.domain.account;

import dev.personaltokens.domain.InvalidValueException;
import java.util.Arrays;

/**
 * Whether an account may sign in. Deactivating ends its sessions and personal tokens for good;
 * reactivating lets it sign in again and gives none of them back.
 */
public enum AccountStatus {
  ACTIVE("active"),
  DEACTIVATED("deactivated");

  private final String code;

  AccountStatus(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static AccountStatus fromCode(String code) {
    return Arrays.stream(values())
        .filter(status -> status.code.equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidValueException(
                    "account.status.invalid", "status", "status must be active or deactivated"));
  }
}
