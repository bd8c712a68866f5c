package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliContext;
import dev.personaltokens.adapter.in.cli.common.Table;

/** The instance's policy, as the admins' API describes it, shown to a person. */
final class PolicyViews {

  private PolicyViews() {}

  /** The server's own JSON for scripts, else every rule in words, one a line. */
  static void show(CliContext context, OutputFormat format, Policy policy) {
    if (format == OutputFormat.JSON) {
      JsonOutput.print(context.out(), policy.json());
      return;
    }
    Table.fields()
        .row("Maximum lifetime", policy.maxTokenLifetimeDays() + " days")
        .row("Allowed scopes", String.join(", ", policy.allowedScopes()))
        .row(
            "Inactivity limit",
            policy.inactivityDays() == null
                ? "off"
                : "revoked after " + policy.inactivityDays() + " days unused")
        .row(
            "Tokens per account",
            policy.maxTokensPerAccount() == null
                ? "unlimited"
                : "at most " + policy.maxTokensPerAccount())
        .row("Two-factor sign-in", policy.requireTwoFactor() ? "required" : "not required")
        .row(
            "Default addresses",
            policy.defaultAllowedIps().isEmpty()
                ? "any"
                : String.join(", ", policy.defaultAllowedIps()))
        .row(
            "Saved",
            policy.setAt() == null
                ? "never by an admin: the server's defaults"
                : TokenViews.when(policy.setAt(), context.clock().instant()))
        .print(context.out());
  }
}
