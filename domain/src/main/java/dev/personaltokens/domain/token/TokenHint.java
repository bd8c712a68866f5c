package dev.personaltokens.domain.token;

/** What a person sees of a stored secret: its prefix and last four characters, e.g. ptk_...a1B2. */
public record TokenHint(String value) {

  static TokenHint of(SecretKind kind, String secret) {
    return new TokenHint(kind.prefix() + "..." + secret.substring(secret.length() - 4));
  }
}
