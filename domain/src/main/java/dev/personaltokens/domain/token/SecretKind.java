package dev.personaltokens.domain.token;

import java.util.Optional;

/** What a secret opens, told by its prefix so that secret scanners can find leaked ones. */
public enum SecretKind {
  PERSONAL_TOKEN("ptk_"),
  SESSION("pts_"),
  /** A registered service's secret, with which it asks whether a personal token is good. */
  SERVICE_CLIENT("ptc_"),
  /** A one-time link's secret, with which a person sets their own password and nothing else. */
  PASSWORD_LINK("ptl_"),
  /** A command-line login's polling handle, with which it collects its token once approved. */
  CLI_LOGIN("ptd_"),
  /**
   * An identity provider's SCIM client's secret, with which it provisions people and nothing else.
   */
  SCIM_TOKEN("ptp_");

  private final String prefix;

  SecretKind(String prefix) {
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }

  /** Read once: {@code values()} copies the array, and every request's secret is told here. */
  private static final SecretKind[] KINDS = values();

  static Optional<SecretKind> ofSecret(String secret) {
    for (SecretKind kind : KINDS) {
      if (secret.startsWith(kind.prefix)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
