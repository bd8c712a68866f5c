package dev.personaltokens.domain.clilogin;

import dev.personaltokens.domain.Text;
import dev.personaltokens.domain.token.TokenDescription;
import dev.personaltokens.domain.token.TokenName;
import java.time.Duration;

/**
 * The personal token {@code ptk login} keeps for a machine, the same whether the machine signed in
 * with a password (the command line makes it) or through the browser (the server makes it when the
 * command line collects it): named after the machine, as Azion's CLI names its own, for 30 days.
 */
public final class MachineToken {

  public static final Duration LIFETIME = Duration.ofDays(30);

  public static final TokenDescription DESCRIPTION =
      new TokenDescription("Created by 'ptk login'; 'ptk logout' revokes it");

  private static final String PREFIX = "ptk CLI ";

  private MachineToken() {}

  /** "ptk CLI alice@laptop", cut to a token name's length, control characters blanked out. */
  public static TokenName name(String machine) {
    String name = Text.printable(PREFIX + machine);
    return new TokenName(
        Text.length(name) <= TokenName.MAX_LENGTH
            ? name
            : name.substring(0, name.offsetByCodePoints(0, TokenName.MAX_LENGTH)));
  }
}
