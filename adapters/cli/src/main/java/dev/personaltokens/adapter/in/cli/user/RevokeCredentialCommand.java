package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.CliException;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.Text;
import dev.personaltokens.domain.token.TokenId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "revoke",
    description = {
      "Revoke any account's personal token: it stops working at once, on every node. The owner's"
          + " security log names you, and they are mailed when the server can send mail.",
      "",
      "Asks you to type '"
          + RevokeCredentialCommand.CONFIRMATION
          + "' first, unless --yes. The token is looked up in the inventory first, to name it"
          + " and its owner."
    })
final class RevokeCredentialCommand extends ApiCommand {

  static final String CONFIRMATION = "revoke";

  @Parameters(
      index = "0",
      paramLabel = "UUID",
      description = "The token's id, as 'ptk credentials list' shows it")
  String id;

  @Mixin AskFirst askFirst;

  RevokeCredentialCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    String checked = checked(id);
    PtkApi api = connect().api();
    InventoryToken token = find(api, checked);
    String named =
        "\"" + Text.printable(token.token().name()) + "\" of " + Text.printable(token.ownerEmail());
    askFirst.ask(
        context.terminal(),
        "Personal token "
            + named
            + " ("
            + checked
            + ") will stop working at once.\nType "
            + CONFIRMATION
            + " to revoke it: ",
        CONFIRMATION,
        "revoke",
        "revoked");
    api.revokeAnyToken(checked);
    context.out().println("Revoked " + named + "; they were told.");
    return ExitCode.OK;
  }

  private static String checked(String text) {
    try {
      return TokenId.parse(text.strip()).toString();
    } catch (InvalidValueException e) {
      throw CliException.usage(
          "'" + text + "' is not a token id; ids are UUIDs, as 'ptk credentials list' shows them");
    }
  }

  /**
   * The live token {@code id} names, so that the question and the answer can name it and its owner.
   * The API has no look-up by id: the inventory is read until the token turns up.
   */
  private static InventoryToken find(PtkApi api, String id) {
    InventoryFilter everything = new InventoryFilter(null, "", null, null, null);
    return ListPage.every(page -> api.inventoryPage(page, ListPage.MAX_SIZE, everything))
        .filter(candidate -> candidate.token().uuid().equals(id))
        .findFirst()
        .orElseThrow(
            () ->
                CliException.notFound(
                    "no live personal token has the id " + id + "; see 'ptk credentials list'"));
  }
}
