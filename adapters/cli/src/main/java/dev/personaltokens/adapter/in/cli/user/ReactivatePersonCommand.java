package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.domain.account.AccountId;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "reactivate",
    description = {
      "Let a deactivated person sign in again.",
      "",
      "None of the sessions or personal tokens that the deactivation ended come back."
    })
final class ReactivatePersonCommand extends ApiCommand {

  @Mixin PersonId person;

  @Mixin OutputFormat.Mixin output;

  ReactivatePersonCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    AccountId id = person.checked();
    Person reactivated = connect().api().reactivate(id);
    PeopleViews.show(
        context,
        output.format,
        reactivated.json(),
        "Reactivated " + PeopleViews.who(reactivated) + ": they can sign in again.");
    return ExitCode.OK;
  }
}
