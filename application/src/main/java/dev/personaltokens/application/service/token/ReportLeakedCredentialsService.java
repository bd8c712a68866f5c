package dev.personaltokens.application.service.token;

import dev.personaltokens.application.port.in.ThrottledException;
import dev.personaltokens.application.port.in.token.LeakReport;
import dev.personaltokens.application.port.in.token.ReportLeakedCredentialsUseCase;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.Origins;
import dev.personaltokens.application.port.out.SharedState;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.audit.Origin;
import dev.personaltokens.domain.network.IpAddress;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenDigest;
import dev.personaltokens.domain.token.TokenSecret;
import java.util.ArrayList;
import java.util.List;

public final class ReportLeakedCredentialsService implements ReportLeakedCredentialsUseCase {

  /** The key of the reports whose address is not known: they share one budget. */
  static final String NO_ADDRESS = "";

  private final HourlyLimit reportsPerAddress;
  private final Origins origins;

  public ReportLeakedCredentialsService(Clock clock, Origins origins, SharedState shared) {
    this.reportsPerAddress = new HourlyLimit("leak reports", MAX_REPORTS_PER_HOUR, clock, shared);
    this.origins = origins;
  }

  /**
   * Every credential costs one parse and, if well-formed, one digest: the same whether it is live,
   * dead or unknown. Anything that is no token at all is counted as received and otherwise ignored.
   */
  @Override
  public LeakReport receive(List<String> credentials) {
    if (credentials == null || credentials.isEmpty()) {
      throw new InvalidValueException(
          "credentials.required", "credentials", "credentials must list at least one credential");
    }
    if (credentials.size() > MAX_CREDENTIALS) {
      throw new InvalidValueException(
          "credentials.too_many",
          "credentials",
          "report at most " + MAX_CREDENTIALS + " credentials at a time");
    }
    Origin reporter = origins.current();
    reportsPerAddress
        .take(reporter.address() == null ? NO_ADDRESS : IpAddress.clientKeyOf(reporter.address()))
        .ifPresent(
            wait -> {
              throw new ThrottledException(
                  "report.throttled",
                  "at most " + MAX_REPORTS_PER_HOUR + " reports an hour from one address",
                  wait);
            });
    List<TokenDigest> personalTokens = new ArrayList<>();
    List<TokenDigest> sessions = new ArrayList<>();
    for (String credential : credentials) {
      TokenSecret.tryParse(credential)
          .ifPresent(
              secret -> {
                if (secret.kind() == SecretKind.PERSONAL_TOKEN) {
                  personalTokens.add(secret.digest());
                } else if (secret.kind() == SecretKind.SESSION) {
                  sessions.add(secret.digest());
                }
              });
    }
    return new LeakReport(credentials.size(), personalTokens, sessions, reporter);
  }
}
