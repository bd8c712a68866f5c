package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.account.GetAccountUseCase;
import dev.personaltokens.application.port.in.policy.CurrentPolicyUseCase;
import dev.personaltokens.application.port.in.twofactor.GetTwoFactorUseCase;
import dev.personaltokens.application.port.in.verification.FirstStep;
import dev.personaltokens.domain.account.AccountId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/** Who the caller is, and whether they must change their password before anything else. */
@Path("/user/me")
@Authenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

  @Inject GetAccountUseCase getAccount;
  @Inject GetTwoFactorUseCase getTwoFactor;

  @Inject CurrentPolicyUseCase currentPolicy;

  /**
   * No parameter, not the {@code SecurityContext} other resources take: the call every client makes
   * first and most (the command line's whoami, the console's start, Azion's clients), and Jersey
   * resolves each context parameter anew for every call - a {@code SecurityContext} 6.6 % of this
   * call's time in a profile, the request itself 2.6 %. The caller is the one the filter let in.
   */
  @GET
  @OpenBeforeFirstStep({FirstStep.CHANGE_PASSWORD, FirstStep.ENROL_TWO_FACTOR})
  public JsonObject me() {
    AccountId caller = CallerPrincipal.current().principal().account();
    return UserResponse.from(
        getAccount.get(caller), getTwoFactor.isEnabled(caller), currentPolicy.current());
  }
}
