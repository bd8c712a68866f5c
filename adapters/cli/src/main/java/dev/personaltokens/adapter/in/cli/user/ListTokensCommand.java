package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import jakarta.json.stream.JsonCollectors;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", description = "List all your personal tokens, newest first.")
final class ListTokensCommand extends ApiCommand {

  @Option(
      names = "--search",
      paramLabel = "TEXT",
      defaultValue = "",
      description = "Only the tokens whose name or description contains TEXT (any case)")
  String search;

  @Mixin OutputFormat.Mixin output;

  ListTokensCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    PtkApi api = connect().api();
    List<ApiToken> tokens =
        ListPage.every(page -> api.listPage(page, ListPage.MAX_SIZE, search)).toList();
    if (output.format == OutputFormat.JSON) {
      JsonOutput.print(
          context.out(), tokens.stream().map(ApiToken::json).collect(JsonCollectors.toJsonArray()));
    } else {
      TokenViews.table(context.out(), tokens, search);
    }
    return ExitCode.OK;
  }
}
