package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.CliException;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenSecret;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(
    name = "logout",
    description = {
      "Sign out: revoke this machine's token and forget it.",
      "",
      "The personal token that 'ptk login' created is revoked on the server; a token given to"
          + " 'ptk login --token' is only forgotten."
    })
public final class LogoutCommand implements Callable<Integer> {

  private final CliContext context;

  LogoutCommand(CliContext context) {
    this.context = context;
  }

  /** The stored token knows its server: no --server here. */
  @Override
  public Integer call() {
    ConfigFile config = new ConfigFile(context.configDirectory());
    Optional<StoredLogin> stored = config.load();
    if (stored.isEmpty()) {
      context.out().println("Not signed in; nothing to do.");
      mentionEnvironmentToken();
      return ExitCode.OK;
    }
    StoredLogin login = stored.get();
    PtkApi api =
        PtkApi.anonymous(ServerAddress.parse(login.server()))
            .as(login.token(), config.path().toString(), answer -> {});
    String outcome;
    try {
      outcome = endOnTheServer(api, login);
    } catch (CliException e) {
      if (e.exitCode() != ExitCode.NOT_SIGNED_IN && e.exitCode() != ExitCode.NOT_FOUND) {
        throw new CliException(
            e.exitCode(),
            e.getMessage()
                + "; the token is still stored, so try again (or delete "
                + config.path()
                + ")");
      }
      outcome = "The token was already revoked or expired on the server.";
    }
    config.delete();
    context.out().println(outcome);
    context.out().println("Signed out of " + login.server() + "; forgot the token.");
    mentionEnvironmentToken();
    return ExitCode.OK;
  }

  private static String endOnTheServer(PtkApi api, StoredLogin login) {
    if (login.createdByLogin()) {
      api.deleteToken(ApiCommand.tokenId(login.tokenId()));
      return "Revoked the personal token of this machine on the server.";
    }
    if (TokenSecret.isWellFormed(login.token())
        && TokenSecret.parse(login.token()).kind() == SecretKind.SESSION) {
      api.signOut();
      return "Ended the session on the server.";
    }
    return "The token given to 'ptk login --token' stays valid on the server;"
        + " revoke it with 'ptk tokens delete ID' if no one needs it.";
  }

  private void mentionEnvironmentToken() {
    if (context.variable("PTK_TOKEN") != null) {
      context.err().println("note: PTK_TOKEN is set in the environment; commands still use it");
    }
  }
}
