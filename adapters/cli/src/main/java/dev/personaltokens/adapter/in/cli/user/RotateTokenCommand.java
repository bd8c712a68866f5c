package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.CliException;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "rotate",
    description = {
      "Replace a personal token by a new one and show the new one, once.",
      "",
      "The new token keeps the name, description, scope and allowed addresses; the old one stops"
          + " working at once. Without --expires-in or --expires-at it lives as long as the old"
          + " one did; --allow-ip binds it to other addresses, --allow-any-ip to none. 'self' is"
          + " the token this command runs with; when that is the stored one, the new one is"
          + " stored in its place."
    })
final class RotateTokenCommand extends ApiCommand {

  static final String SELF = "self";

  @Parameters(
      paramLabel = "ID|self",
      description = "The token's id, as 'ptk tokens list' shows it, or self")
  String target;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  ExpiryOptions expiry;

  @ArgGroup(exclusive = true, multiplicity = "0..1")
  Addresses addresses;

  /** Other addresses for the new token, or none; without either, the old one's. */
  static final class Addresses {

    @Option(
        names = AllowedIpsOption.NAME,
        paramLabel = "ADDRESS|CIDR",
        split = ",",
        required = true,
        description = AllowedIpsOption.DESCRIPTION + ". Without it: the old token's addresses")
    List<String> allowedIps;

    @Option(
        names = "--allow-any-ip",
        required = true,
        description = "Let the new token be used from any address")
    boolean anywhere;

    List<String> asked() {
      return anywhere ? List.of() : AllowedIpsOption.checked(allowedIps);
    }
  }

  @Mixin OutputFormat.Mixin output;

  RotateTokenCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    String idOrSelf = SELF.equals(target.strip()) ? SELF : idOrSelf(target);
    Optional<Instant> expiresAt =
        Optional.ofNullable(expiry).map(options -> options.from(context.clock().instant()));
    Optional<List<String>> allowedIps = Optional.ofNullable(addresses).map(Addresses::asked);
    Connection connection = connect();
    ConfigFile config = config();
    Optional<StoredLogin> stored =
        config.load().filter(login -> login.token().equals(connection.credentials().token()));
    boolean inUse =
        SELF.equals(idOrSelf)
            || stored.map(login -> idOrSelf.equals(login.tokenId())).orElse(false);
    ApiToken created = connection.api().rotateToken(idOrSelf, expiresAt, allowedIps);
    TokenViews.newKey(context, output.format, created, "Rotated: the new personal token");
    if (inUse) {
      keep(created, stored, config);
    }
    return ExitCode.OK;
  }

  private static String idOrSelf(String text) {
    try {
      return tokenId(text);
    } catch (CliException e) {
      throw CliException.usage(
          "'" + text + "' is neither a token id (as 'ptk tokens list' shows them) nor self");
    }
  }

  /** The old token was the one in use: store the new one, or say where to put it. */
  private void keep(ApiToken created, Optional<StoredLogin> stored, ConfigFile config) {
    if (stored.isEmpty()) {
      context
          .err()
          .println(
              "note: the old token, in "
                  + ResolvedLogin.FROM_ENVIRONMENT
                  + ", no longer works; put the new one there");
      return;
    }
    StoredLogin old = stored.get();
    config.save(
        new StoredLogin(
            old.server(),
            created.key(),
            old.createdByLogin() ? created.uuid() : null,
            old.email(),
            Instant.parse(created.expiresAt())));
    context.err().println("This machine now signs in with the new token (" + config.path() + ").");
  }
}
