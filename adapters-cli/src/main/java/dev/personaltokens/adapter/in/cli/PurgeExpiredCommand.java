package dev.personaltokens.adapter.in.cli;

import dev.personaltokens.application.port.in.PurgedTokens;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "purge-expired",
    description = {
      "Delete long-ended tokens and expired sessions.",
      "",
      "Deletes for good the personal tokens that expired or were revoked longer ago than"
          + " --older-than, and every expired session."
    })
final class PurgeExpiredCommand extends DatabaseCommand {

  @Option(
      names = "--older-than",
      paramLabel = "AGE",
      converter = Age.Converter.class,
      defaultValue = "30d",
      description = "How long ago they ended: 12h, 30d, 2w... (default: ${DEFAULT-VALUE})")
  Duration olderThan;

  PurgeExpiredCommand(CliContext context) {
    super(context);
  }

  @Override
  int run(AdminUseCases admin) {
    PurgedTokens purged = admin.purgeExpiredTokens().purge(olderThan);
    context
        .out()
        .println(
            "Deleted "
                + count(purged.tokens(), "personal token")
                + " that expired or were revoked before "
                + Formats.instant(purged.endedBefore())
                + ", and "
                + count(purged.sessions(), "expired session")
                + ".");
    return ExitCode.OK;
  }

  private static String count(int count, String thing) {
    return count + " " + thing + (count == 1 ? "" : "s");
  }
}
