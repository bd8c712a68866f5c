package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.account.GetAccountUseCase;
import dev.personaltokens.application.port.in.policy.CurrentPolicyUseCase;
import dev.personaltokens.application.port.in.twofactor.GetTwoFactorUseCase;
import dev.personaltokens.application.port.in.verification.FirstStep;
import dev.personaltokens.domain.account.AccountId;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;

/** Who the caller is, and whether they must change their password before anything else. */
@Path("/user/me")
@Authenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class UserResource {

  @Inject GetAccountUseCase getAccount;
  @Inject GetTwoFactorUseCase getTwoFactor;

  @Inject CurrentPolicyUseCase currentPolicy;

  @GET
  @OpenBeforeFirstStep({FirstStep.CHANGE_PASSWORD, FirstStep.ENROL_TWO_FACTOR})
  public UserResponse me(@Context SecurityContext security) {
    AccountId caller = CallerPrincipal.of(security).principal().account();
    return UserResponse.from(
        getAccount.get(caller), getTwoFactor.isEnabled(caller), currentPolicy.current());
  }
}
