package dev.personaltokens.adapter.in.cli.operator;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "scim-token",
    description = {
      "Make the bearer tokens with which identity providers provision people through SCIM.",
      "",
      "The provider calls <PTK_PUBLIC_URL>scim/v2 with Authorization: Bearer <token>; the token"
          + " opens SCIM and nothing else."
    },
    subcommands = {
      CreateScimTokenCommand.class,
      ListScimTokensCommand.class,
      RevokeScimTokenCommand.class
    })
final class ScimTokenCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
