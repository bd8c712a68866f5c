package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.CliException;
import dev.personaltokens.domain.token.TokenSecret;
import java.util.Optional;

/**
 * The server to talk to and the token to show it.
 *
 * <p>The server is {@code --server}, else PTK_SERVER, else the one signed in to, else {@link
 * ServerAddress#DEFAULT}. The token is PTK_TOKEN, else the stored one - but only for the server it
 * was stored for, so that pointing {@code --server} elsewhere never hands it to another server.
 *
 * @param source where the token came from, to say so when it is refused
 */
record ResolvedLogin(ServerAddress server, String token, String source) {

  static final String FROM_ENVIRONMENT = "PTK_TOKEN";

  static ServerAddress server(String option, CliContext context, Optional<StoredLogin> stored) {
    return chosen(option, context)
        .orElseGet(
            () ->
                ServerAddress.parse(stored.map(StoredLogin::server).orElse(ServerAddress.DEFAULT)));
  }

  /** The server the user named, with {@code --server} or else PTK_SERVER; none if neither. */
  static Optional<ServerAddress> chosen(String option, CliContext context) {
    if (option != null && !option.isBlank()) {
      return Optional.of(ServerAddress.parse(option));
    }
    return Optional.ofNullable(context.variable("PTK_SERVER")).map(ServerAddress::parse);
  }

  static ResolvedLogin resolve(String serverOption, CliContext context, ConfigFile config) {
    Optional<StoredLogin> stored = config.load();
    ServerAddress server = server(serverOption, context, stored);
    String fromEnvironment = context.variable("PTK_TOKEN");
    if (fromEnvironment != null) {
      return wellFormed(new ResolvedLogin(server, fromEnvironment, FROM_ENVIRONMENT));
    }
    Optional<StoredLogin> forThisServer =
        stored.filter(login -> ServerAddress.parse(login.server()).equals(server));
    if (forThisServer.isPresent()) {
      return wellFormed(
          new ResolvedLogin(server, forThisServer.get().token(), config.path().toString()));
    }
    String elsewhere =
        stored.map(login -> " (you are signed in to " + login.server() + ")").orElse("");
    throw CliException.notSignedIn(
        "not signed in to "
            + server
            + elsewhere
            + ": run 'ptk login"
            + (server.toString().equals(ServerAddress.DEFAULT) ? "" : " --server " + server)
            + "' or set PTK_TOKEN");
  }

  /** A mistyped token fails its checksum here, before any request. */
  private static ResolvedLogin wellFormed(ResolvedLogin credentials) {
    if (!TokenSecret.isWellFormed(credentials.token())) {
      throw CliException.notSignedIn(
          "the token in "
              + credentials.source()
              + " is not a well-formed ptk_ token (mistyped or cut short?); nothing was sent");
    }
    return credentials;
  }

  @Override
  public String toString() {
    return "ResolvedLogin[" + server + ", from " + source + "]";
  }
}
