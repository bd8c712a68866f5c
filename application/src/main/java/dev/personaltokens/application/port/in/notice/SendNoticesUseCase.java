package dev.personaltokens.application.port.in.notice;

import dev.personaltokens.application.port.in.InOneTransaction;

/**
 * Emails owners what they should hear about their tokens: 7 days and 1 day before one expires, 7
 * days before one that goes unused reaches the policy's inactivity limit (it is revoked no sooner
 * than 7 days after), and at once when one is revoked as leaked or by an admin. One call sends at
 * most one mail, to one account, listing all its tokens concerned, and commits with it; the server
 * calls it until it answers false. A mail that fails leaves its notices for the next run.
 */
@InOneTransaction
public interface SendNoticesUseCase {

  /** Whether a mail was sent; false when nothing is due or mail is off. */
  boolean sendNext();

  /**
   * Mails what is due, one account per call of {@link #sendNext} (each its own transaction), at
   * most {@code limit} mails; returns how many were sent.
   */
  default int sendDue(int limit) {
    int sent = 0;
    while (sent < limit && sendNext()) {
      sent++;
    }
    return sent;
  }
}
