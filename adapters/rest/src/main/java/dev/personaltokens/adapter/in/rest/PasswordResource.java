package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.Policies;
import dev.personaltokens.application.port.in.account.ChangePasswordCommand;
import dev.personaltokens.application.port.in.account.ChangePasswordUseCase;
import dev.personaltokens.application.port.in.people.SetPasswordUseCase;
import dev.personaltokens.application.port.in.verification.AuthenticateUseCase;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.account.Password;
import dev.personaltokens.domain.token.TokenSecret;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Set;
import java.util.function.Function;

/**
 * {@code POST /api/user/password}, in one of two forms. {@code {"link_token", "new_password"}}: a
 * person sets their own password with the secret of their one-time link (the link's last segment);
 * no other credential, the link is it. {@code {"current_password", "new_password"}}: a signed-in
 * person changes it, as the caller (authenticated here, as only this form needs it); open to a
 * session that must change its password first - this is how it does.
 */
@Path("/user/password")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResource {

  private static final Set<String> FIELDS =
      Set.of("link_token", "current_password", "new_password");

  @Inject SetPasswordUseCase setPassword;
  @Inject ChangePasswordUseCase changePassword;
  @Inject AuthenticateUseCase authenticate;
  @Inject Policies policies;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response set(InputStream body, @Context ContainerRequestContext request) {
    JsonBody json = JsonBody.read(body, FIELDS);
    String linkToken = json.optionalString("link_token");
    String current = json.optionalString("current_password");
    if (current == null) {
      setPassword.set(linkToken, password(json.optionalString("new_password"), "/new_password"));
      return Response.noContent().build();
    }
    if (linkToken != null) {
      throw new ApiException(
          Response.Status.BAD_REQUEST,
          "password.form.ambiguous",
          "send link_token (a one-time link) or current_password (signed in), not both",
          "/link_token");
    }
    CallerPrincipal caller = AuthenticationFilter.caller(request, authenticate, policies);
    request.setSecurityContext(caller); // its answer carries the credential's expiry, as any
    changePassword.change(
        new ChangePasswordCommand(
            caller.principal().account(),
            TokenSecret.parse(caller.presentedSecret()),
            checked(Password::presented, current, "/current_password"),
            password(json.optionalString("new_password"), "/new_password")));
    return Response.noContent().build();
  }

  /** A password the person chooses for themselves, whichever the form. */
  private static Password password(String value, String pointer) {
    return checked(Password::ownChoice, value, pointer);
  }

  private static Password checked(Function<String, Password> rule, String value, String pointer) {
    try {
      return rule.apply(value);
    } catch (InvalidValueException invalid) {
      throw new ApiException(
          Response.Status.BAD_REQUEST, invalid.code(), invalid.getMessage(), pointer);
    }
  }
}
