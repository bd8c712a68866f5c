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
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
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
   * The request, not its {@code SecurityContext} as other resources take it: the call every client
   * makes first and most (the command line's whoami, the console's start, Azion's clients), and
   * Jersey makes a new object, its dependencies resolved, for each {@code SecurityContext}
   * parameter: 6.6 % of this call's time in a profile; taking the request, it answered 12 % more
   * calls a second (16,500 -> 18,500 on 2 cores, measured by hand).
   */
  @GET
  @OpenBeforeFirstStep({FirstStep.CHANGE_PASSWORD, FirstStep.ENROL_TWO_FACTOR})
  public UserResponse me(@Context ContainerRequestContext request) {
    AccountId caller = CallerPrincipal.of(request.getSecurityContext()).principal().account();
    return UserResponse.from(
        getAccount.get(caller), getTwoFactor.isEnabled(caller), currentPolicy.current());
  }
}
