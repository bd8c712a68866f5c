package dev.personaltokens.application.service.twofactor;

import dev.personaltokens.application.port.in.twofactor.EnrolTwoFactorUseCase;
import dev.personaltokens.application.port.in.twofactor.TwoFactorEnrolment;
import dev.personaltokens.application.port.in.twofactor.TwoFactorStateException;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.application.port.out.Clock;
import dev.personaltokens.application.port.out.Randomness;
import dev.personaltokens.application.port.out.TwoFactors;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.twofactor.TotpSecret;
import dev.personaltokens.domain.twofactor.TwoFactor;

public final class EnrolTwoFactorService implements EnrolTwoFactorUseCase {

  /** How authenticator apps name this server's entries, beside the account's email. */
  static final String ISSUER = "Personal Tokens";

  private final Accounts accounts;
  private final TwoFactors twoFactors;
  private final Randomness randomness;
  private final Clock clock;

  public EnrolTwoFactorService(
      Accounts accounts, TwoFactors twoFactors, Randomness randomness, Clock clock) {
    this.accounts = accounts;
    this.twoFactors = twoFactors;
    this.randomness = randomness;
    this.clock = clock;
  }

  /** The store decides, not the look first: an enrolment confirmed meanwhile is not replaced. */
  @Override
  public TwoFactorEnrolment enrol(AccountId owner) {
    Account account = accounts.findById(owner).orElseThrow(AuthenticationException::invalid);
    if (twoFactors.find(owner).filter(TwoFactor::isEnabled).isPresent()) {
      throw TwoFactorStateException.alreadyOn();
    }
    TotpSecret secret = TotpSecret.of(randomness.bytes(TotpSecret.LENGTH));
    if (!twoFactors.begin(TwoFactor.pending(owner, secret, clock.now()))) {
      throw TwoFactorStateException.alreadyOn();
    }
    return new TwoFactorEnrolment(secret, secret.uri(ISSUER, account.email()));
  }
}
