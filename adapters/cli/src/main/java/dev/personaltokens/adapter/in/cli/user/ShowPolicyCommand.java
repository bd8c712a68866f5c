package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "show",
    description = {
      "Show the policy in force: the maximum lifetime of tokens, the scopes they may have, the"
          + " inactivity limit, the tokens each account may hold, whether sign-in needs two-factor"
          + " and the addresses new tokens are bound to by default.",
      "",
      "--output json gives it as the API does."
    })
final class ShowPolicyCommand extends ApiCommand {

  @Mixin OutputFormat.Mixin output;

  ShowPolicyCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    PolicyViews.show(context, output.format, connect().api().policy());
    return ExitCode.OK;
  }
}
