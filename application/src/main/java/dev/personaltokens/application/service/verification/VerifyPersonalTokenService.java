package dev.personaltokens.application.service.verification;

import dev.personaltokens.application.node.NodeCache;
import dev.personaltokens.application.port.in.verification.AuthenticationException;
import dev.personaltokens.application.port.in.verification.Principal;
import dev.personaltokens.application.port.in.verification.VerifiedToken;
import dev.personaltokens.application.port.in.verification.VerifyPersonalTokenUseCase;
import dev.personaltokens.application.port.out.Accounts;
import dev.personaltokens.domain.account.Account;
import dev.personaltokens.domain.account.Email;
import dev.personaltokens.domain.token.PersonalToken;
import java.util.List;

public final class VerifyPersonalTokenService implements VerifyPersonalTokenUseCase {

  private final AuthenticateService authenticate;
  private final Accounts accounts;
  private final NodeCache cache;

  public VerifyPersonalTokenService(
      AuthenticateService authenticate, Accounts accounts, NodeCache cache) {
    this.authenticate = authenticate;
    this.accounts = accounts;
    this.cache = cache;
  }

  /** The scope is judged by the same rule as this server's own API's. */
  @Override
  public VerifiedToken verify(String presentedSecret, List<String> methods) {
    VerifiedToken verified = good(presentedSecret);
    Principal.of(verified.token()).requireAllowed(methods);
    return verified;
  }

  /** The token, if it is good, with its owner's email; marked used. */
  VerifiedToken good(String presentedSecret) {
    PersonalToken token = authenticate.personalToken(presentedSecret);
    Email email =
        cache.email(
            token.owner(),
            () ->
                accounts
                    .findById(token.owner())
                    .map(Account::email)
                    .orElseThrow(AuthenticationException::invalid));
    return new VerifiedToken(token, email);
  }
}
