package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.account.AccountId;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Values a resource reads from the query string or the path, where the parameters are named as the
 * values they carry: a refused one points at its parameter, not into the body.
 */
final class Parameters {

  private Parameters() {}

  static <T> T read(Supplier<T> reading) {
    try {
      return reading.get();
    } catch (InvalidValueException invalid) {
      throw ApiException.inParameter(invalid.field(), invalid);
    }
  }

  /** A parameter's value, stripped; empty when it is absent or blank. */
  static Optional<String> present(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.strip());
  }

  /** An account's number in the parameter {@code field}: digits, 1 or more. */
  static AccountId accountId(String value, String field) {
    try {
      return new AccountId(Long.parseLong(value));
    } catch (IllegalArgumentException notAnId) {
      throw new InvalidValueException(
          "account.id.invalid", field, field + " must be an account's number, 1 or more");
    }
  }
}
