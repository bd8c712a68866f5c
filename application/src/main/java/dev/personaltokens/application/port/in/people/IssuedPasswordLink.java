package dev.personaltokens.application.port.in.people;

import dev.personaltokens.domain.account.Account;
import java.time.Instant;

/**
 * A one-time link just made for {@code account}.
 *
 * @param url the link itself, with its secret: shown to the admin once when it was not mailed,
 *     never stored or logged
 * @param mailed whether it went to the person by mail
 */
public record IssuedPasswordLink(Account account, String url, Instant expires, boolean mailed) {

  @Override
  public String toString() {
    return "IssuedPasswordLink[" + account.email().value() + ", mailed " + mailed + "]";
  }
}
