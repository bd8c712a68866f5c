package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.CliException;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.token.TokenId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Option;

/** A user's command: it talks to the server's HTTP API with a personal token. */
abstract class ApiCommand implements Callable<Integer> {

  final CliContext context;

  @Option(
      names = "--server",
      paramLabel = "URL",
      description =
          "The server, e.g. https://tokens.example.com (default: PTK_SERVER, else the server"
              + " signed in to, else "
              + ServerAddress.DEFAULT
              + ")")
  String server;

  ApiCommand(CliContext context) {
    this.context = context;
  }

  ConfigFile config() {
    return new ConfigFile(context.configDirectory());
  }

  /** The API as the holder of the token in use, warning when that token expires soon. */
  Connection connect() {
    ResolvedLogin credentials = ResolvedLogin.resolve(server, context, config());
    warnIfCleartext(credentials.server());
    ExpiryWarning expiry = new ExpiryWarning(context.clock(), context.err());
    PtkApi api =
        PtkApi.anonymous(credentials.server())
            .as(credentials.token(), credentials.source(), expiry);
    return new Connection(api, credentials, expiry);
  }

  void warnIfCleartext(ServerAddress address) {
    address.cleartextWarning().ifPresent(context.err()::println);
  }

  /** A token id as the user typed it, checked before it goes into a URL. */
  static String tokenId(String text) {
    try {
      return TokenId.parse(text.strip()).toString();
    } catch (InvalidValueException e) {
      throw CliException.usage(
          "'" + text + "' is not a token id; ids are UUIDs, as 'ptk tokens list' shows them");
    }
  }

  /** An email as the user typed it, checked as the server checks it: a typo costs no round trip. */
  static Email email(String text) {
    try {
      return new Email(text);
    } catch (InvalidValueException e) {
      throw CliException.usage(e.getMessage());
    }
  }

  /** The API signed in, with who signed it in and the expiry of its token once known. */
  record Connection(PtkApi api, ResolvedLogin credentials, ExpiryWarning expiry) {}
}
