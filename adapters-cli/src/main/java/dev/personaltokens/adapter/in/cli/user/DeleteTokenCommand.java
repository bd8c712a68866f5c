package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.CliException;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.domain.Text;
import jakarta.json.JsonObject;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "delete",
    description = {
      "Revoke a personal token: it stops working at once.",
      "",
      "Asks you to type 'delete' first, unless --yes."
    })
final class DeleteTokenCommand extends ApiCommand {

  static final String CONFIRMATION = "delete";

  @Parameters(paramLabel = "ID", description = "The token's id, as 'ptk tokens list' shows it")
  String id;

  @Option(
      names = {"-y", "--yes"},
      description = "Don't ask: for scripts")
  boolean yes;

  DeleteTokenCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    String checked = tokenId(id);
    PtkApi api = connect().api();
    JsonObject token = api.getToken(checked);
    String name = "\"" + Text.printable(token.getString("name")) + "\" (" + checked + ")";
    if (!yes) {
      confirm(name);
    }
    api.deleteToken(checked);
    context.out().println("Deleted personal token " + name + ".");
    forgetIfInUse(checked);
    return ExitCode.OK;
  }

  private void confirm(String name) {
    String answer =
        context
            .terminal()
            .readLine(
                "Personal token "
                    + name
                    + " will stop working at once.\nType "
                    + CONFIRMATION
                    + " to delete it: ");
    if (answer == null) {
      throw CliException.failed(
          "not deleted: nothing was typed (use --yes to delete without the question)");
    }
    if (!answer.strip().equals(CONFIRMATION)) {
      throw CliException.failed(
          "not deleted: you typed '" + Text.printable(answer.strip()) + "', not 'delete'");
    }
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
