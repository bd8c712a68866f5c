package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.domain.account.AccountId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "link",
    description = {
      "Make a new one-time link for a person to set their password, e.g. when they forgot it.",
      "",
      "Their older links stop working; their password keeps working until the new link is used."
          + " The link is mailed to them when the server sends mail; otherwise it is shown here,"
          + " once, for you to hand over. They use it in the console or with 'ptk password set'."
    })
final class PasswordLinkCommand extends ApiCommand {

  @Mixin PersonId person;

  @Mixin OutputFormat.Mixin output;

  PasswordLinkCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    AccountId id = person.checked();
    IssuedLink issued = connect().api().newPasswordLink(id);
    PeopleViews.issued(
        context,
        output.format,
        issued,
        "Made a new password link for "
            + PeopleViews.who(issued.person())
            + "; their older links no longer work");
    return ExitCode.OK;
  }
}
