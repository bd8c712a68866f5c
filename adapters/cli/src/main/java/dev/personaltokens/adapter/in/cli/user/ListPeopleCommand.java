package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.adapter.in.cli.common.Formats;
import dev.personaltokens.domain.Text;
import dev.personaltokens.domain.account.AccountStatus;
import jakarta.json.stream.JsonCollectors;
import java.util.List;
import java.util.Optional;
import java.util.function.IntFunction;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(
    name = "list",
    description = {
      "List the people of this server, oldest first: role, status, last sign-in and how many of"
          + " their personal tokens still work.",
      "",
      "Shows the first "
          + ListPage.MAX_SIZE
          + "; --all shows every one. --output json gives them as the API does."
    })
final class ListPeopleCommand extends ApiCommand {

  @Option(
      names = "--search",
      paramLabel = "TEXT",
      defaultValue = "",
      description = "Only the people whose email contains TEXT (any case)")
  String search;

  @Option(
      names = "--status",
      paramLabel = "STATUS",
      converter = CodeOption.Statuses.class,
      completionCandidates = CodeOption.Statuses.class,
      description = "Only the active or only the deactivated ones")
  AccountStatus status;

  @Option(
      names = "--all",
      description = "Every person, however many pages of " + ListPage.MAX_SIZE + " that takes")
  boolean all;

  @Mixin OutputFormat.Mixin output;

  ListPeopleCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    PtkApi api = connect().api();
    IntFunction<PeoplePage> pages =
        page -> api.peoplePage(page, ListPage.MAX_SIZE, search, Optional.ofNullable(status));
    List<Person> people;
    long total;
    if (all) {
      people = ListPage.every(pages).toList();
      total = people.size();
    } else {
      PeoplePage first = pages.apply(1);
      people = first.items();
      total = first.count();
    }
    if (output.format == OutputFormat.TABLE) {
      PeopleViews.table(context.out(), people, total, none());
      return ExitCode.OK;
    }
    JsonOutput.print(
        context.out(), people.stream().map(Person::json).collect(JsonCollectors.toJsonArray()));
    if (total > people.size()) {
      context
          .err()
          .println(
              "note: the first "
                  + people.size()
                  + " of "
                  + Formats.count(total, "person", "people")
                  + "; --all gives every one");
    }
    return ExitCode.OK;
  }

  /** {@code No deactivated people whose email contains 'bob'.} */
  private String none() {
    return "No "
        + (status == null ? "" : status.code() + " ")
        + "people"
        + (search.isEmpty() ? "" : " whose email contains '" + Text.printable(search) + "'")
        + ".";
  }
}
