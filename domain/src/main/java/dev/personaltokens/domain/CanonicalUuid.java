package dev.personaltokens.domain;

import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

/** Identifiers as clients send them: only the canonical 36-character form of a UUID. */
public final class CanonicalUuid {

  /** {@link UUID#fromString} also takes odd short forms such as "1-2-3-4-5"; this doesn't. */
  private static final Pattern CANONICAL =
      Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  private CanonicalUuid() {}

  public static Optional<UUID> parse(String text) {
    return text != null && CANONICAL.matcher(text).matches()
        ? Optional.of(UUID.fromString(text))
        : Optional.empty();
  }
}
