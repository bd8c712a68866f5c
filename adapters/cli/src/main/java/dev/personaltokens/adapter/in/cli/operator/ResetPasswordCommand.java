package dev.personaltokens.adapter.in.cli.operator;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.adapter.in.cli.common.NewPassword;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.account.Password;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "reset-password",
    description = {
      "Give an account a new password and sign out its sessions.",
      "",
      "The password is asked for (not echoed) or read from PTK_NEW_PASSWORD. The account's"
          + " personal tokens keep working; its owner can revoke them."
    })
final class ResetPasswordCommand extends DatabaseCommand {

  @Mixin EmailOption email;

  ResetPasswordCommand(CliContext context, AdminConnector connector) {
    super(context, connector);
  }

  @Override
  int run(AdminUseCases admin, Actor operator) {
    Email address = email.email();
    Password password = NewPassword.read(context);
    admin.useCases().resetPassword().resetPassword(operator, address, password);
    context
        .out()
        .println(
            "Set a new password for "
                + address.value()
                + " and signed out its sessions; its personal tokens keep working.");
    return ExitCode.OK;
  }
}
