package dev.personaltokens.adapter.in.cli;

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

  ResetPasswordCommand(CliContext context) {
    super(context);
  }

  @Override
  int run(AdminUseCases admin) {
    Email address = email.email();
    Password password = NewPassword.read(context);
    admin.resetPassword().resetPassword(address, password);
    context
        .out()
        .println(
            "Set a new password for "
                + address.value()
                + " and signed out its sessions; its personal tokens keep working.");
    return ExitCode.OK;
  }
}
