package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.domain.Text;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.account.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(
    name = "role",
    description = {
      "Make a person an admin or a member.",
      "",
      "Admins manage the people of this server; the server always keeps one active admin."
    })
final class ChangeRoleCommand extends ApiCommand {

  @Mixin PersonId person;

  @Parameters(
      index = "1",
      paramLabel = "ROLE",
      converter = CodeOption.Roles.class,
      completionCandidates = CodeOption.Roles.class,
      description = "member or admin")
  Role role;

  @Mixin OutputFormat.Mixin output;

  ChangeRoleCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    AccountId id = person.checked();
    Person changed = connect().api().changeRole(id, role);
    PeopleViews.show(
        context,
        output.format,
        changed.json(),
        "The role of "
            + PeopleViews.who(changed)
            + " is now "
            + Text.printable(changed.role())
            + ".");
    return ExitCode.OK;
  }
}
