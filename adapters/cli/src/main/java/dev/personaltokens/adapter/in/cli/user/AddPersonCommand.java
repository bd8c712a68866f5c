package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.domain.Text;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Role;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(
    name = "add",
    description = {
      "Add a person to this server: they set their own password with a one-time link.",
      "",
      "The link works once, for 72 hours. It is mailed to them when the server sends mail;"
          + " otherwise it is shown here, once, for you to hand over. You never choose or see"
          + " their password."
    })
final class AddPersonCommand extends ApiCommand {

  @Parameters(paramLabel = "EMAIL", description = "Their email, which they sign in with")
  String email;

  @Option(
      names = "--role",
      paramLabel = "ROLE",
      converter = CodeOption.Roles.class,
      completionCandidates = CodeOption.Roles.class,
      defaultValue = "member",
      description = "member (the default) or admin")
  Role role;

  @Mixin OutputFormat.Mixin output;

  AddPersonCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    Email checked = email(email);
    IssuedLink added = connect().api().addPerson(checked, role);
    Person person = added.person();
    PeopleViews.issued(
        context,
        output.format,
        added,
        "Added " + Text.printable(person.role()) + " " + PeopleViews.who(person));
    return ExitCode.OK;
  }
}
