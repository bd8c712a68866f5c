package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.CliException;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.adapter.in.cli.common.Formats;
import dev.personaltokens.domain.Text;
import dev.personaltokens.domain.account.AccountId;
import java.util.Optional;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(
    name = "deactivate",
    description = {
      "Deactivate a person: every session and personal token of theirs ends at once, and they"
          + " can't sign in.",
      "",
      "Asks you to type their email first, unless --yes. 'ptk people reactivate' lets them sign"
          + " in again but gives none of their tokens back. Never your own account, never the"
          + " last active admin."
    })
final class DeactivatePersonCommand extends ApiCommand {

  @Mixin PersonId person;

  @Mixin AskFirst askFirst;

  @Mixin OutputFormat.Mixin output;

  DeactivatePersonCommand(CliContext context) {
    super(context);
  }

  @Override
  public Integer call() {
    AccountId id = person.checked();
    PtkApi api = connect().api();
    if (!askFirst.yes) {
      confirm(api, id);
    }
    DeactivatedPerson done = api.deactivate(id);
    PeopleViews.show(
        context,
        output.format,
        done.json(),
        "Deactivated "
            + Text.printable(done.person().email())
            + ": "
            + Formats.count(done.tokensRevoked(), "personal token", "personal tokens")
            + " revoked, "
            + Formats.count(done.sessionsEnded(), "session", "sessions")
            + " ended.");
    return ExitCode.OK;
  }

  /**
   * Asks for the email of the person {@code id} names, so that a mistyped id deactivates no one.
   * The API has no look-up by id: the list is read until the person turns up.
   */
  private void confirm(PtkApi api, AccountId id) {
    Person found =
        ListPage.every(page -> api.peoplePage(page, ListPage.MAX_SIZE, "", Optional.empty()))
            .filter(candidate -> candidate.id() == id.value())
            .findFirst()
            .orElseThrow(
                () ->
                    CliException.notFound(
                        "no person has the id " + id + "; see 'ptk people list'"));
    if (found.isDeactivated()) {
      return;
    }
    askFirst.ask(
        context.terminal(),
        PeopleViews.who(found)
            + " will be signed out everywhere at once: every session and personal token of"
            + " theirs ends.\nType their email to deactivate them: ",
        found.email(),
        "deactivate",
        "deactivated");
  }
}
