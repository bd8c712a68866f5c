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
  public jakarta.json.JsonObject me(@Context SecurityContext security) {
    AccountId caller = CallerPrincipal.of(security).principal().account();
    UserResponse.Result r =
        UserResponse.from(
                getAccount.get(caller), getTwoFactor.isEnabled(caller), currentPolicy.current())
            .results();
    var scopes = JsonFactories.BUILDERS.createArrayBuilder();
    r.allowedScopes().forEach(scopes::add);
    return JsonFactories.BUILDERS
        .createObjectBuilder()
        .add(
            "results",
            JsonFactories.BUILDERS
                .createObjectBuilder()
                .add("client_id", r.clientId())
                .add("id", r.id())
                .add("email", r.email())
                .add("created", r.created())
                .add("max_token_lifetime_days", r.maxTokenLifetimeDays())
                .add("allowed_scopes", scopes)
                .add("role", r.role())
                .add("password_change_required", r.passwordChangeRequired())
                .add("two_factor", r.twoFactor())
                .add("two_factor_required", r.twoFactorRequired()))
        .build();
  }
}
