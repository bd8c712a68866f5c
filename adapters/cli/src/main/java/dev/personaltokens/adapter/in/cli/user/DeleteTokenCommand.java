package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.CliException;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.adapter.in.cli.common.Formats;
import dev.personaltokens.domain.Confirmation;
import dev.personaltokens.domain.Text;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "delete",
    description = {
      "Revoke a personal token, or all of them: they stop working at once.",
      "",
      "Asks you to type 'delete' first, unless --yes."
    })
final class DeleteTokenCommand extends ApiCommand {

  static final String CONFIRMATION = Confirmation.WORD;

  @Parameters(
      paramLabel = "ID",
      arity = "0..1",
      description = "The token's id, as 'ptk tokens list' shows it")
  String id;

  @Option(
      names = "--all",
      description =
          "Every personal token of your account, this machine's too (not the console's"
              + " sessions)")
  boolean all;

  @Mixin AskFirst askFirst;

  DeleteTokenCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    if (all == (id != null)) {
      throw CliException.usage(
          "name one token by its ID, or --all; see 'ptk tokens delete --help'");
    }
    if (all) {
      return deleteAll();
    }
    String checked = tokenId(id);
    PtkApi api = connect().api();
    String name = "\"" + Text.printable(api.getToken(checked).name()) + "\" (" + checked + ")";
    confirm(
        "Personal token "
            + name
            + " will stop working at once.\nType "
            + CONFIRMATION
            + " to delete it: ");
    api.deleteToken(checked);
    context.out().println("Deleted personal token " + name + ".");
    forgetIfInUse(checked);
    return ExitCode.OK;
  }

  private Integer deleteAll() {
    Connection connection = connect();
    confirm(
        "Every personal token of your account on "
            + connection.credentials().server()
            + " will stop working at once.\nType "
            + CONFIRMATION
            + " to delete them all: ");
    RevokedAll answer = connection.api().revokeAllTokens();
    context
        .out()
        .println(
            "Deleted "
                + Formats.count(answer.revoked(), "personal token", "personal tokens")
                + ".");
    if (answer.callerRevoked()) {
      signedOut(connection.credentials());
    }
    return ExitCode.OK;
  }

  /** The token this command ran with went too. */
  private void signedOut(ResolvedLogin credentials) {
    if (ResolvedLogin.FROM_ENVIRONMENT.equals(credentials.source())) {
      context.out().println("The token in " + ResolvedLogin.FROM_ENVIRONMENT + " was one of them.");
      return;
    }
    config().delete();
    context
        .out()
        .println("This machine's token was one of them: you are now signed out on this machine.");
  }

  /** Asks {@code question}, unless --yes; anything but the typed word stops the command. */
  private void confirm(String question) {
    askFirst.ask(context.terminal(), question, CONFIRMATION, "delete", "deleted");
  }

  /** Deleting the token this machine signed in with signs it out: forget the dead token. */
  private void forgetIfInUse(String deleted) {
    ConfigFile config = config();
    config
        .load()
        .filter(login -> deleted.equals(login.tokenId()))
        .ifPresent(
            login -> {
              config.delete();
              context.out().println("It was the token this machine signed in with: signed out.");
            });
  }
}
