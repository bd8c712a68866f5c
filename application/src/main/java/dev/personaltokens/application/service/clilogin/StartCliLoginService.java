package dev.personaltokens.application.service.clilogin;

import dev.personaltokens.application.port.in.ThrottledException;
import dev.personaltokens.application.port.in.clilogin.CliLoginStarted;
import dev.personaltokens.application.port.in.clilogin.StartCliLoginUseCase;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.Origins;
import dev.personaltokens.application.port.out.Randomness;
import dev.personaltokens.application.port.out.SharedState;
import dev.personaltokens.application.service.token.HourlyLimit;
import dev.personaltokens.domain.clilogin.MachineName;
import dev.personaltokens.domain.clilogin.UserCode;
import dev.personaltokens.domain.network.IpAddress;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenSecret;
import java.net.URI;
import java.time.Duration;

public final class StartCliLoginService implements StartCliLoginUseCase {

  /** RFC 8628's default interval between polls. */
  static final Duration INTERVAL = Duration.ofSeconds(5);

  /**
   * Anyone may begin a login, and each is kept on every node for ten minutes: the budget of one
   * address, shared by the nodes, keeps a flood from filling their memory.
   */
  static final int MAX_PER_HOUR = 60;

  private final CliLogins logins;
  private final Randomness randomness;
  private final Origins origins;
  private final HourlyLimit perAddress;
  private final String consoleUrl;

  public StartCliLoginService(
      SharedState shared, Clock clock, Randomness randomness, Origins origins, String consoleUrl) {
    this.logins = new CliLogins(shared, clock);
    this.randomness = randomness;
    this.origins = origins;
    this.perAddress = new HourlyLimit("cli logins", MAX_PER_HOUR, clock, shared);
    this.consoleUrl = consoleUrl;
  }

  @Override
  public CliLoginStarted start(MachineName machine) {
    String address = origins.current().address();
    perAddress
        .take(address == null ? "" : IpAddress.clientKeyOf(address))
        .ifPresent(
            wait -> {
              throw new ThrottledException(
                  "login.throttled",
                  "at most " + MAX_PER_HOUR + " logins an hour may begin from one address",
                  wait);
            });
    TokenSecret handle = randomness.secret(SecretKind.CLI_LOGIN);
    UserCode code;
    do {
      code = UserCode.draw(() -> randomness.bytes(UserCode.LENGTH));
    } while (!logins.add(
        handle.digest(),
        CliLogin.pending(code, machine, logins.now().plus(CliLogins.LIFETIME), INTERVAL)));
    return new CliLoginStarted(
        code,
        handle,
        URI.create(consoleUrl + "#/cli-login/" + code.displayed()),
        INTERVAL,
        CliLogins.LIFETIME);
  }
}
