package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.people.SetPasswordUseCase;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.account.Password;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Set;

/**
 * {@code POST /api/user/password} {@code {"link_token", "new_password"}}: a person sets their own
 * password with the secret of their one-time link (the link's last segment). No other credential:
 * the link is it.
 */
@Path("/user/password")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResource {

  private static final Set<String> FIELDS = Set.of("link_token", "new_password");

  @Inject SetPasswordUseCase setPassword;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response set(InputStream body) {
    JsonBody json = JsonBody.read(body, FIELDS);
    Password password;
    try {
      password = Password.newPassword(json.optionalString("new_password"));
    } catch (InvalidValueException invalid) {
      throw new ApiException(
          Response.Status.BAD_REQUEST, invalid.code(), invalid.getMessage(), "/new_password");
    }
    setPassword.set(json.optionalString("link_token"), password);
    return Response.noContent().build();
  }
}
