package dev.personaltokens.adapter.in.cli.user;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "tokens",
    description = "Create, list, describe, rotate and delete your personal tokens.",
    subcommands = {
      CreateTokenCommand.class,
      ListTokensCommand.class,
      DescribeTokenCommand.class,
      RotateTokenCommand.class,
      DeleteTokenCommand.class
    })
public final class TokensCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
