package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import jakarta.json.stream.JsonCollectors;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "list", description = "List all your personal tokens, newest first.")
final class ListTokensCommand extends ApiCommand {

  /** The most the API gives in one page. */
  static final int PAGE_SIZE = 100;

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
    List<ApiToken> tokens = all(connect().api(), search);
    if (output.format == OutputFormat.JSON) {
      JsonOutput.print(
          context.out(), tokens.stream().map(ApiToken::json).collect(JsonCollectors.toJsonArray()));
    } else {
      TokenViews.table(context.out(), tokens, search);
    }
    return ExitCode.OK;
  }

  private static List<ApiToken> all(PtkApi api, String search) {
    List<ApiToken> tokens = new ArrayList<>();
    long totalPages = 1;
    for (int page = 1; page <= totalPages; page++) {
      TokenPage answer = api.listPage(page, PAGE_SIZE, search);
      tokens.addAll(answer.tokens());
      totalPages = answer.totalPages();
      if (answer.tokens().isEmpty()) {
        break;
      }
    }
    return tokens;
  }
}
