package dev.personaltokens.adapter.in.cli.user;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

@Command(
    name = "password",
    description = "Set your password with the one-time link an admin's action gave you.",
    subcommands = SetPasswordCommand.class)
public final class PasswordCommand implements Runnable {

  @Spec CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }
}
