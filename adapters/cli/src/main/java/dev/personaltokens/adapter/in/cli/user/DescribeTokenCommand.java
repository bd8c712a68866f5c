package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "describe", description = "Show one of your personal tokens (never its secret).")
final class DescribeTokenCommand extends ApiCommand {

  @Parameters(paramLabel = "ID", description = "The token's id, as 'ptk tokens list' shows it")
  String id;

  @Mixin OutputFormat.Mixin output;

  DescribeTokenCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    String checked = tokenId(id);
    ApiToken token = connect().api().getToken(checked);
    if (output.format == OutputFormat.JSON) {
      JsonOutput.print(context.out(), token.json());
    } else {
      TokenViews.details(context.out(), token, context.clock().instant());
    }
    return ExitCode.OK;
  }
}
