package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliException;
import dev.personaltokens.domain.account.AccountId;
import picocli.CommandLine.Parameters;

/** The ID of the person a command acts on: checked before it goes into a URL. */
final class PersonId {

  @Parameters(
      index = "0",
      paramLabel = "ID",
      description = "The person's id, as 'ptk people list' shows it")
  String text;

  AccountId checked() {
    try {
      return new AccountId(Long.parseLong(text.strip()));
    } catch (IllegalArgumentException notAnId) {
      throw CliException.usage(
          "'" + text + "' is not a person's id; ids are numbers, as 'ptk people list' shows them");
    }
  }
}
