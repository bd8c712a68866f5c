package dev.personaltokens.adapter.in.cli.operator;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.adapter.in.cli.common.NewPassword;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "create-account",
    description = {
      "Open an account.",
      "",
      "Its password is asked for (not echoed) or read from PTK_NEW_PASSWORD."
    })
final class CreateAccountCommand extends DatabaseCommand {

  @Mixin EmailOption email;

  CreateAccountCommand(CliContext context, AdminConnector connector) {
    super(context, connector);
  }

  @Override
  int run(AdminUseCases admin, Actor operator) {
    Email address = email.email();
    Password password = NewPassword.read(context);
    Account account = admin.useCases().createAccount().create(operator, address, password);
    context
        .out()
        .println("Created account " + account.email().value() + " (id " + account.id() + ").");
    return ExitCode.OK;
  }
}
