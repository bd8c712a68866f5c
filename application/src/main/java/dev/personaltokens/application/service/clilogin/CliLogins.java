package dev.personaltokens.application.service.clilogin;

import dev.personaltokens.application.port.in.clilogin.CliLoginNotFoundException;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.SharedState;
import dev.personaltokens.domain.clilogin.UserCode;
import dev.personaltokens.domain.token.TokenDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BiFunction;

/**
 * The command-line logins begun and not yet collected, in {@link SharedState} so that a login begun
 * on one node may be approved on another and polled on any: each under its handle's digest (the
 * handle itself is never kept), and its code pointing to that digest, for the console. Each entry
 * is kept {@link #LIFETIME} after its last change; whether a login is over is told by its own
 * {@code expiresAt}, the same on every node.
 */
final class CliLogins {

  /** How long a login waits for the person (RFC 8628 leaves it to us; GitHub's is 15 minutes). */
  static final Duration LIFETIME = Duration.ofMinutes(10);

  private static final String LOGIN = "cli-login ";
  private static final String CODE = "cli-code ";

  private final SharedState shared;
  private final Clock clock;

  CliLogins(SharedState shared, Clock clock) {
    this.shared = shared;
    this.clock = clock;
  }

  Instant now() {
    return clock.now();
  }

  /**
   * Keeps {@code login} under {@code handle}; false, keeping nothing, when its code already names
   * another login (one chance in about 2.6 * 10^10: draw another).
   */
  boolean add(TokenDigest handle, CliLogin login) {
    String claimed =
        shared.update(
            CODE + login.code().value(), LIFETIME, taken -> taken == null ? handle.hex() : taken);
    if (!handle.hex().equals(claimed)) {
      return false;
    }
    shared.update(LOGIN + handle.hex(), LIFETIME, none -> login.text());
    return true;
  }

  /** The login waiting for an answer under {@code code}. */
  CliLogin waiting(UserCode code) {
    String handle = shared.get(CODE + code.value());
    CliLogin login = handle == null ? null : CliLogin.parse(shared.get(LOGIN + handle));
    if (login == null || !login.code().equals(code) || !login.waitsAt(clock.now())) {
      throw new CliLoginNotFoundException();
    }
    return login;
  }

  /**
   * Atomically, on every node: the login under {@code code} becomes {@code answer} of it and the
   * time now. An answer of null refuses: the login stays as it was, and this throws as for a code
   * that names no login.
   */
  void answer(UserCode code, BiFunction<CliLogin, Instant, CliLogin> answer) {
    String handle = shared.get(CODE + code.value());
    if (handle == null) {
      throw new CliLoginNotFoundException();
    }
    AtomicBoolean answered = new AtomicBoolean();
    update(
        handle,
        (login, now) -> {
          CliLogin changed =
              login == null || !login.code().equals(code) ? null : answer.apply(login, now);
          answered.set(changed != null);
          return changed == null ? login : changed;
        });
    if (!answered.get()) {
      throw new CliLoginNotFoundException();
    }
  }

  /**
   * Atomically, on every node: the login under the handle of digest {@code handle} (null when none)
   * becomes what {@code change} makes of it and the time now; null forgets it.
   */
  void update(String handle, BiFunction<CliLogin, Instant, CliLogin> change) {
    Instant now = clock.now();
    shared.update(
        LOGIN + handle,
        LIFETIME,
        text -> {
          CliLogin changed = change.apply(CliLogin.parse(text), now);
          return changed == null ? null : changed.text();
        });
  }
}
