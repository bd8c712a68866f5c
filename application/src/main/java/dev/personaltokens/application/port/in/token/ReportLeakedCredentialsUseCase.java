package dev.personaltokens.application.port.in.token;

import dev.personaltokens.application.port.in.InOneTransaction;
import java.util.List;

/**
 * Anyone may report credentials found in public: at most {@link #MAX_CREDENTIALS} at a time, and
 * {@link #MAX_REPORTS_PER_HOUR} reports an hour from one address. Receiving a report only checks
 * and digests it, the same work whether the credentials are live or not; revoking comes after, so
 * that the answer tells nobody which were.
 */
@InOneTransaction
public interface ReportLeakedCredentialsUseCase {

  int MAX_CREDENTIALS = 1000;

  int MAX_REPORTS_PER_HOUR = 60;

  /** From the address of the request being served (the port {@code Origins}). */
  LeakReport receive(List<String> credentials);
}
