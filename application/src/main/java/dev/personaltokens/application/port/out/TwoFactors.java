package dev.personaltokens.application.port.out;

import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.token.TokenDigest;
import dev.personaltokens.domain.twofactor.TimeStep;
import dev.personaltokens.domain.twofactor.TotpSecret;
import dev.personaltokens.domain.twofactor.TwoFactor;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Each account's two-factor sign-in and its recovery codes, these known by their digests only. */
public interface TwoFactors {

  Optional<TwoFactor> find(AccountId account);

  /**
   * Stores a pending enrolment in place of the account's pending one, if any; stores nothing and
   * says false when the account has two-factor sign-in on.
   */
  boolean begin(TwoFactor pending);

  /**
   * Turns on the pending enrolment of {@code secret}, a code of {@code step} used, with these
   * recovery codes; says whether this call did - not when it is on already or another enrolment
   * replaced that one meanwhile.
   */
  boolean enable(
      AccountId account,
      TotpSecret secret,
      TimeStep step,
      List<TokenDigest> recoveryCodes,
      Instant at);

  /**
   * Notes that the account's code of {@code step} was accepted, unless one of that step or a later
   * one was: of two concurrent uses of one code, exactly one gets true.
   */
  boolean use(AccountId account, TimeStep step);

  /** Uses up one recovery code of the account; says whether this call did (once per code). */
  boolean useRecoveryCode(AccountId account, TokenDigest code);

  int recoveryCodesLeft(AccountId account);

  /** Turns two-factor sign-in off, or drops a pending enrolment: secret and recovery codes go. */
  void remove(AccountId account);
}
