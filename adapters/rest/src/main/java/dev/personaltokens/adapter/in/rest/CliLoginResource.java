package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.clilogin.ApproveCliLoginUseCase;
import dev.personaltokens.application.port.in.clilogin.CliLoginPoll;
import dev.personaltokens.application.port.in.clilogin.CliLoginRequest;
import dev.personaltokens.application.port.in.clilogin.CliLoginStarted;
import dev.personaltokens.application.port.in.clilogin.DenyCliLoginUseCase;
import dev.personaltokens.application.port.in.clilogin.DescribeCliLoginUseCase;
import dev.personaltokens.application.port.in.clilogin.PollCliLoginUseCase;
import dev.personaltokens.application.port.in.clilogin.StartCliLoginUseCase;
import dev.personaltokens.domain.account.AccountId;
import dev.personaltokens.domain.clilogin.MachineName;
import dev.personaltokens.domain.clilogin.UserCode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.time.Duration;
import java.util.Set;

/**
 * {@code ptk login --web}: the command line begins a login and polls for it with its handle,
 * needing no sign-in; the person compares the code and answers in the console, signed in (with the
 * console's cookie, a change needs its same-origin header as every other does).
 */
@Path("/cli/login")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class CliLoginResource {

  private static final Set<String> START_FIELDS = Set.of("machine");

  @Inject StartCliLoginUseCase start;
  @Inject PollCliLoginUseCase poll;
  @Inject DescribeCliLoginUseCase describe;
  @Inject ApproveCliLoginUseCase approve;
  @Inject DenyCliLoginUseCase deny;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public CliLoginStartedResponse start(InputStream body) {
    JsonBody json = JsonBody.read(body, START_FIELDS);
    return CliLoginStartedResponse.from(
        start.start(new MachineName(json.optionalString("machine"))));
  }

  /**
   * RFC 8628's token request, in our shapes: the handle in the path (no body), each protocol answer
   * a status of its own with the JSON error body - 428 waiting and 429 too soon, each with the
   * seconds to wait in {@code Retry-After}; 403 denied; 410 over - or 200 with the new token, as a
   * create answers it.
   */
  @POST
  @Path("{handle}")
  public Response poll(@PathParam("handle") String handle) {
    CliLoginPoll outcome = poll.poll(handle);
    if (outcome instanceof CliLoginPoll.Issued issued) {
      return Response.ok(CreatedPersonalTokenResponse.from(issued.created())).build();
    }
    if (outcome instanceof CliLoginPoll.Pending pending) {
      return waiting(
          Status.PRECONDITION_REQUIRED,
          "login.pending",
          "the login waits for approval in the console",
          pending.interval());
    }
    if (outcome instanceof CliLoginPoll.SlowDown slower) {
      return waiting(
          Status.TOO_MANY_REQUESTS,
          "login.slow_down",
          "polled too soon: wait " + slower.interval().toSeconds() + " seconds between polls",
          slower.interval());
    }
    if (outcome instanceof CliLoginPoll.Denied) {
      return ApiExceptionMapper.answer(
              Status.FORBIDDEN, "login.denied", "the login was denied in the console", null)
          .build();
    }
    return ApiExceptionMapper.answer(
            Status.GONE,
            "login.expired",
            "this login is over: it was not approved within ten minutes, or its token was"
                + " collected already",
            null)
        .build();
  }

  private static Response waiting(Status status, String code, String detail, Duration interval) {
    return ApiExceptionMapper.answer(status, code, detail, null)
        .header(HttpHeaders.RETRY_AFTER, interval.toSeconds())
        .build();
  }

  @GET
  @Path("code/{user_code}")
  @Authenticated
  public CliLoginRequestResponse describe(
      @PathParam("user_code") String code, @Context SecurityContext security) {
    return CliLoginRequestResponse.from(describe.describe(account(security), userCode(code)));
  }

  @POST
  @Path("code/{user_code}/approve")
  @Authenticated
  public Response approve(@PathParam("user_code") String code, @Context SecurityContext security) {
    approve.approve(account(security), userCode(code));
    return Response.noContent().build();
  }

  @POST
  @Path("code/{user_code}/deny")
  @Authenticated
  public Response deny(@PathParam("user_code") String code, @Context SecurityContext security) {
    deny.deny(account(security), userCode(code));
    return Response.noContent().build();
  }

  private static UserCode userCode(String code) {
    return Parameters.read(() -> UserCode.parse(code));
  }

  private static AccountId account(SecurityContext security) {
    return CallerPrincipal.of(security).principal().account();
  }

  /** What the command line needs to go on: RFC 8628's device authorization response. */
  public record CliLoginStartedResponse(
      String userCode, String verificationUri, String handle, long interval, long expiresIn) {

    static CliLoginStartedResponse from(CliLoginStarted started) {
      return new CliLoginStartedResponse(
          started.code().displayed(),
          started.verificationUri().toString(),
          started.handle().reveal(),
          started.interval().toSeconds(),
          started.expiresIn().toSeconds());
    }
  }

  /** A login waiting for the person's answer: the code to compare, the machine, until when. */
  public record CliLoginRequestResponse(String userCode, String machine, String expiresAt) {

    static CliLoginRequestResponse from(CliLoginRequest request) {
      return new CliLoginRequestResponse(
          request.code().displayed(),
          request.machine().value(),
          Timestamps.format(request.expiresAt()));
    }
  }
}
