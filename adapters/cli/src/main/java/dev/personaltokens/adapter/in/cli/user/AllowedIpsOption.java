package dev.personaltokens.adapter.in.cli.user;

import dev.personaltokens.adapter.in.cli.common.CliException;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.token.AllowedIps;
import java.util.List;

/**
 * {@code --allow-ip ADDRESS|CIDR}, repeated or comma-separated: the addresses a token may be used
 * from, checked here as the server checks them (the domain's rule), so that a typo costs no round
 * trip; sent as the canonical entries.
 */
final class AllowedIpsOption {

  static final String NAME = "--allow-ip";

  static final String DESCRIPTION =
      "An IPv4 or IPv6 address or CIDR range (10.0.0.0/8, 2001:db8::/32) the token may be used"
          + " from; repeat it or separate with commas, up to "
          + AllowedIps.MAX_ENTRIES
          + ". From anywhere else it is refused";

  private AllowedIpsOption() {}

  /** The canonical entries of {@code given}. */
  static List<String> checked(List<String> given) {
    try {
      return AllowedIps.parse(given).texts();
    } catch (InvalidValueException e) {
      throw CliException.usage(e.getMessage().replaceFirst("^" + AllowedIps.FIELD, NAME));
    }
  }
}
