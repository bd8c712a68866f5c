package dev.personaltokens.application.service.clilogin;

import dev.personaltokens.application.port.in.clilogin.CliLoginPoll;
import dev.personaltokens.application.port.in.clilogin.PollCliLoginUseCase;
import dev.personaltokens.application.port.in.token.CreatePersonalTokenCommand;
import dev.personaltokens.application.port.in.token.CreatePersonalTokenUseCase;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.SharedState;
import dev.personaltokens.domain.clilogin.MachineToken;
import dev.personaltokens.domain.token.Scope;
import dev.personaltokens.domain.token.SecretKind;
import dev.personaltokens.domain.token.TokenSecret;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The command line's poll. The login is taken out of the shared state in the same atomic step that
 * finds it approved, so that of two polls at once one collects a token; the token is made after, by
 * the create every token goes through (the policy's lifetime, scopes and limit; the security log's
 * {@code token.created}, from the command line's address, as {@code ptk login}'s).
 */
public final class PollCliLoginService implements PollCliLoginUseCase {

  private final CliLogins logins;
  private final CreatePersonalTokenUseCase create;

  public PollCliLoginService(SharedState shared, Clock clock, CreatePersonalTokenUseCase create) {
    this.logins = new CliLogins(shared, clock);
    this.create = create;
  }

  @Override
  public CliLoginPoll poll(String handle) {
    Optional<TokenSecret> secret =
        TokenSecret.tryParse(handle).filter(parsed -> parsed.kind() == SecretKind.CLI_LOGIN);
    if (secret.isEmpty()) {
      return new CliLoginPoll.Expired();
    }
    AtomicReference<CliLoginPoll> outcome = new AtomicReference<>(new CliLoginPoll.Expired());
    AtomicReference<CliLogin> approved = new AtomicReference<>();
    logins.update(
        secret.get().digest().hex(),
        (login, now) -> {
          if (login == null || !now.isBefore(login.expiresAt())) {
            return null;
          }
          switch (login.state()) {
            case PENDING -> {
              boolean tooSoon = login.tooSoon(now);
              CliLogin polled = login.polled(now, tooSoon);
              outcome.set(
                  tooSoon
                      ? new CliLoginPoll.SlowDown(polled.interval())
                      : new CliLoginPoll.Pending(polled.interval()));
              return polled;
            }
            case DENIED -> {
              outcome.set(new CliLoginPoll.Denied());
              return null;
            }
            case APPROVED -> {
              approved.set(login);
              return null;
            }
          }
          throw new IllegalStateException(login.state().toString());
        });
    CliLogin login = approved.get();
    if (login == null) {
      return outcome.get();
    }
    return new CliLoginPoll.Issued(
        create.create(
            new CreatePersonalTokenCommand(
                login.approver(),
                MachineToken.name(login.machine().value()),
                MachineToken.DESCRIPTION,
                Scope.GLOBAL,
                logins.now().truncatedTo(ChronoUnit.SECONDS).plus(MachineToken.LIFETIME))));
  }
}
