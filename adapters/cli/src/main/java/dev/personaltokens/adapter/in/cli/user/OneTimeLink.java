package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliException;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenSecret;
import java.util.Optional;

/**
 * A one-time password link as the person pasted it: the whole link, which names the server it was
 * made on, or only its secret, the last segment ({@code ptl_...}).
 *
 * @param server the server a whole link names (the part before its {@code #}); none for a secret
 *     alone
 */
record OneTimeLink(String secret, Optional<ServerAddress> server) {

  /** Checks the secret's shape and checksum here, so that a link cut short costs no round trip. */
  static OneTimeLink parse(String typed) {
    String text = typed == null ? "" : typed.strip();
    if (text.isEmpty()) {
      throw CliException.usage("no link was given");
    }
    String secret = text.substring(text.lastIndexOf('/') + 1);
    boolean isLink =
        TokenSecret.tryParse(secret)
            .filter(parsed -> parsed.kind() == SecretKind.PASSWORD_LINK)
            .isPresent();
    if (!isLink) {
      throw CliException.usage(
          "that is not a password link, nor its last part ptl_... (mistyped or cut short?);"
              + " nothing was sent");
    }
    int fragment = text.indexOf('#');
    return new OneTimeLink(
        secret,
        fragment < 0
            ? Optional.empty()
            : Optional.of(ServerAddress.parse(text.substring(0, fragment))));
  }

  /** Never the secret, which a record's own toString would put into any message or log. */
  @Override
  public String toString() {
    return "OneTimeLink[" + server.map(ServerAddress::toString).orElse("no server") + "]";
  }
}
