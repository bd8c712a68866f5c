package dev.personaltokens.adapter.in.cli.operator;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.ExitCode;
import dev.personaltokens.adapter.in.cli.common.Formats;
import dev.personaltokens.application.port.in.Actor;
import dev.personaltokens.application.port.in.token.PurgedCredentials;
import java.time.Duration;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(
    name = "purge-expired",
    description = {
      "Delete long-ended tokens, expired sessions and old security-log events.",
      "",
      "Deletes for good the personal tokens that expired or were revoked longer ago than"
          + " --older-than, every expired session, and the security-log events older than"
          + " PTK_AUDIT_RETENTION (default P400D), as the server does every day."
    })
final class PurgeCommand extends DatabaseCommand {

  @Option(
      names = "--older-than",
      paramLabel = "AGE",
      converter = Age.Converter.class,
      defaultValue = "30d",
      description = "How long ago they ended: 12h, 30d, 2w... (default: ${DEFAULT-VALUE})")
  Duration olderThan;

  PurgeCommand(CliContext context, AdminConnector connector) {
    super(context, connector);
  }

  @Override
  int run(AdminUseCases admin, Actor operator) {
    PurgedCredentials purged = admin.useCases().purgeEndedCredentials().purge(operator, olderThan);
    context
        .out()
        .println(
            "Deleted "
                + count(purged.tokens(), "personal token")
                + " that expired or were revoked before "
                + Formats.instant(purged.endedBefore())
                + ", "
                + count(purged.sessions(), "expired session")
                + " and "
                + count(purged.auditEvents(), "security-log event")
                + " from before "
                + Formats.instant(purged.auditBefore())
                + " (PTK_AUDIT_RETENTION).");
    return ExitCode.OK;
  }

  private static String count(int count, String thing) {
    return count + " " + thing + (count == 1 ? "" : "s");
  }
}
