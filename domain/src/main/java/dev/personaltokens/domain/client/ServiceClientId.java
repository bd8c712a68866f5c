package dev.personaltokens.domain.client;

import dev.personaltokens.domain.CanonicalUuid;
import dev.personaltokens.domain.InvalidValueException;
import java.util.UUID;

/** A registered service's public identifier: the user name of its Basic credentials. */
public record ServiceClientId(UUID value) {

  public ServiceClientId {
    if (value == null) {
      throw new IllegalArgumentException("a client id needs a value");
    }
  }

  public static ServiceClientId random() {
    return new ServiceClientId(UUID.randomUUID());
  }

  public static ServiceClientId parse(String text) {
    return new ServiceClientId(
        CanonicalUuid.parse(text)
            .orElseThrow(
                () ->
                    new InvalidValueException(
                        "client.id.invalid",
                        "client_id",
                        "a client id is a UUID such as 0b3f6f4e-...-9a1c2d3e4f50")));
  }

  @Override
  public String toString() {
    return value.toString();
  }
}
