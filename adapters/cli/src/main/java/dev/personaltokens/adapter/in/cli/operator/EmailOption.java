package dev.personaltokens.adapter.in.cli.operator;

import dev.personaltokens.adapter.in.cli.common.CliException;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.account.Email;
import picocli.CommandLine.Option;

/** {@code --email}, for the commands that work on one account. */
final class EmailOption {

  @Option(names = "--email", required = true, paramLabel = "EMAIL", description = "The account")
  String value;

  Email email() {
    try {
      return new Email(value);
    } catch (InvalidValueException e) {
      throw CliException.usage(e.getMessage());
    }
  }
}
