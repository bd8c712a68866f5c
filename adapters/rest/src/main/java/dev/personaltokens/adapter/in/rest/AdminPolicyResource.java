package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.policy.ChangePolicyUseCase;
import dev.personaltokens.application.port.in.policy.GetPolicyUseCase;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.policy.InstancePolicy;
import dev.personaltokens.domain.token.AllowedIps;
import dev.personaltokens.domain.token.Scope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code /api/admin/policy}: the instance's policy, for its admins (a member gets 403 {@code
 * auth.role.insufficient} from the use cases). A PUT replaces every rule, so each must be given: a
 * rule left out by mistake would otherwise be turned off without anyone saying so.
 */
@Path("/admin/policy")
@Authenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class AdminPolicyResource {

  private static final Set<String> FIELDS =
      Set.of(
          "max_token_lifetime_days",
          "allowed_scopes",
          "inactivity_days",
          "max_tokens_per_account",
          "require_two_factor",
          "default_allowed_ips");

  @Inject GetPolicyUseCase getPolicy;
  @Inject ChangePolicyUseCase changePolicy;

  @GET
  public PolicyResponse get(@Context SecurityContext security) {
    return PolicyResponse.from(getPolicy.get(CallerPrincipal.actor(security)));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  public PolicyResponse change(InputStream body, @Context SecurityContext security) {
    JsonBody json = JsonBody.read(body, FIELDS);
    FIELDS.stream()
        .sorted()
        .filter(field -> !json.has(field))
        .findFirst()
        .ifPresent(
            missing -> {
              throw new ApiException(
                  Status.BAD_REQUEST,
                  "request.field.required",
                  missing + " is required: a PUT gives every rule (null turns a limit off)",
                  "/" + missing);
            });
    Integer lifetime =
        required(json, "max_token_lifetime_days", json.optionalInteger("max_token_lifetime_days"));
    List<String> scopes = required(json, "allowed_scopes", json.optionalStrings("allowed_scopes"));
    Integer inactivity = json.optionalInteger("inactivity_days");
    Integer tokens = json.optionalInteger("max_tokens_per_account");
    Boolean twoFactor =
        required(json, "require_two_factor", json.optionalBoolean("require_two_factor"));
    List<String> addresses =
        required(json, "default_allowed_ips", json.optionalStrings("default_allowed_ips"));
    InstancePolicy wanted =
        new InstancePolicy(
            Duration.ofDays(lifetime),
            scopes.stream().map(AdminPolicyResource::scope).collect(Collectors.toSet()),
            Optional.ofNullable(inactivity).map(Duration::ofDays),
            tokens == null ? OptionalInt.empty() : OptionalInt.of(tokens),
            twoFactor,
            addresses(addresses),
            Optional.empty());
    return PolicyResponse.from(changePolicy.change(CallerPrincipal.actor(security), wanted));
  }

  private static <T> T required(JsonBody json, String field, T value) {
    if (value == null) {
      throw new ApiException(
          Status.BAD_REQUEST, "request.field.required", field + " may not be null", "/" + field);
    }
    return value;
  }

  private static Scope scope(String code) {
    try {
      return Scope.fromCode(code);
    } catch (InvalidValueException e) {
      throw new InvalidValueException(
          "policy.allowed_scopes.invalid", "allowed_scopes", e.getMessage());
    }
  }

  /** As a token's {@code allowed_ips} are read, the refusal pointing at this field. */
  private static AllowedIps addresses(List<String> entries) {
    try {
      return AllowedIps.parse(entries);
    } catch (InvalidValueException e) {
      throw new InvalidValueException(
          e.code().replace("token.allowed_ips", "policy.default_allowed_ips"),
          "default_allowed_ips",
          // The field is the error's pointer; the sentence is shown next to it.
          e.getMessage().replace(AllowedIps.FIELD + ": ", ""));
    }
  }
}
