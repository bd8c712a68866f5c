package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.adapter.in.cli.common.NewPassword;
import dev.personaltokens.domain.account.Password;
import picocli.CommandLine.Command;

@Command(
    name = "set",
    description = {
      "Set your password with a one-time link: the one you got when an admin added you, or a new"
          + " one an admin made for you.",
      "",
      "Asks for the link (or its last part, ptl_...) and the new password, twice; neither is"
          + " echoed. PTK_NEW_PASSWORD, if set, gives the password instead. No sign-in is"
          + " needed: the link is the credential. The server is --server, else PTK_SERVER, else"
          + " the link's own, else the one signed in to. Your sessions end; sign in again with"
          + " 'ptk login'."
    })
final class SetPasswordCommand extends ApiCommand {

  SetPasswordCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    OneTimeLink link = OneTimeLink.parse(context.terminal().readSecret("Password link: "));
    ServerAddress address =
        ResolvedLogin.chosen(server, context)
            .or(link::server)
            .orElseGet(() -> ResolvedLogin.server(null, context, config().load()));
    warnIfCleartext(address);
    Password password = NewPassword.readOwnChoice(context);
    PtkApi.anonymous(address).setPassword(link.secret(), password);
    String login =
        address.toString().equals(ServerAddress.DEFAULT)
            ? "ptk login"
            : "ptk login --server " + address;
    context.out().println("Password set; sign in with '" + login + "'.");
    return ExitCode.OK;
  }
}
