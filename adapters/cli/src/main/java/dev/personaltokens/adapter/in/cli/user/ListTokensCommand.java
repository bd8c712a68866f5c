package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
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
    List<JsonObject> tokens = all(connect().api(), search);
    if (output.format == OutputFormat.JSON) {
      JsonArrayBuilder array = Json.createArrayBuilder();
      tokens.forEach(array::add);
      JsonOutput.print(context.out(), array.build());
    } else {
      TokenViews.table(context.out(), tokens, search);
    }
    return ExitCode.OK;
  }

  private static List<JsonObject> all(PtkApi api, String search) {
    List<JsonObject> tokens = new ArrayList<>();
    long totalPages = 1;
    for (int page = 1; page <= totalPages; page++) {
      JsonObject answer = api.listPage(page, PAGE_SIZE, search);
      List<JsonObject> results = answer.getJsonArray("results").getValuesAs(JsonObject.class);
      tokens.addAll(results);
      totalPages = answer.getJsonNumber("total_pages").longValue();
      if (results.isEmpty()) {
        break;
      }
    }
    return tokens;
  }
}
