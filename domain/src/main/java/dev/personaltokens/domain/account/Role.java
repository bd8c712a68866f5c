package dev.personaltokens.domain.account;

import dev.personaltokens.domain.InvalidValueException;
import java.util.Arrays;

/**
 * What an account may do: a member holds its own tokens; an admin also manages the people, every
 * token and the instance's security log. The first account is an admin, and there is always one.
 */
public enum Role {
  MEMBER("member"),
  ADMIN("admin");

  private final String code;

  Role(String code) {
    this.code = code;
  }

  public String code() {
    return code;
  }

  public static Role fromCode(String code) {
    return Arrays.stream(values())
        .filter(role -> role.code.equals(code))
        .findFirst()
        .orElseThrow(
            () ->
                new InvalidValueException(
                    "account.role.invalid", "role", "role must be member or admin"));
  }
}
