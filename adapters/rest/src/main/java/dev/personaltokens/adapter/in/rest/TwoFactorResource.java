package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.twofactor.ConfirmTwoFactorUseCase;
import dev.personaltokens.application.port.in.twofactor.DisableTwoFactorUseCase;
import dev.personaltokens.application.port.in.twofactor.EnrolTwoFactorUseCase;
import dev.personaltokens.application.port.in.twofactor.TwoFactorEnrolment;
import dev.personaltokens.application.port.in.verification.FirstStep;
import dev.personaltokens.domain.InvalidValueException;
import dev.personaltokens.domain.twofactor.RecoveryCode;
import dev.personaltokens.domain.twofactor.SecondFactor;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.io.InputStream;
import java.util.List;
import java.util.Set;

/**
 * {@code /api/user/two_factor}: the caller turns two-factor sign-in on - an enrolment, confirmed by
 * a code of the app, which gives the recovery codes - and off, with a code. Turning it off takes
 * the code in {@value #OTP_HEADER}, as signing in does: the server refuses a body on DELETE. A
 * session that the policy sends to enrolment may enrol and confirm, and do nothing else before.
 */
@Path("/user/two_factor")
@Authenticated
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class TwoFactorResource {

  /** Where a code goes when there is no body for it: signing in, turning two-factor off. */
  public static final String OTP_HEADER = "X-Ptk-Otp";

  private static final Set<String> CONFIRM_FIELDS = Set.of("code");

  @Inject EnrolTwoFactorUseCase enrol;
  @Inject ConfirmTwoFactorUseCase confirm;
  @Inject DisableTwoFactorUseCase disable;

  /** A new secret for the caller's app, pending until confirmed; shown this once. */
  @POST
  @OpenBeforeFirstStep(FirstStep.ENROL_TWO_FACTOR)
  public TwoFactorEnrolmentResponse enrol(@Context SecurityContext security) {
    TwoFactorEnrolment enrolment = enrol.enrol(CallerPrincipal.of(security).principal().account());
    return new TwoFactorEnrolmentResponse(
        enrolment.secret().base32(), enrolment.uri(), QrSvg.of(enrolment.uri()));
  }

  @POST
  @Path("/confirm")
  @OpenBeforeFirstStep(FirstStep.ENROL_TWO_FACTOR)
  @Consumes(MediaType.APPLICATION_JSON)
  public RecoveryCodesResponse confirm(InputStream body, @Context SecurityContext security) {
    JsonBody json = JsonBody.read(body, CONFIRM_FIELDS);
    List<RecoveryCode> codes =
        confirm.confirm(
            CallerPrincipal.of(security).principal().account(),
            SecondFactor.presented(json.optionalString("code")));
    return new RecoveryCodesResponse(codes.stream().map(RecoveryCode::reveal).toList());
  }

  @DELETE
  public Response disable(@HeaderParam(OTP_HEADER) String code, @Context SecurityContext security) {
    try {
      disable.disable(
          CallerPrincipal.of(security).principal().account(), SecondFactor.presented(code));
    } catch (InvalidValueException invalid) {
      throw ApiException.inParameter(OTP_HEADER, invalid);
    }
    return Response.noContent().build();
  }

  /**
   * The secret to type into an authenticator app, the {@code otpauth://} URI, and the URI as a QR
   * code in SVG for the app to scan.
   */
  public record TwoFactorEnrolmentResponse(String secret, String otpauthUri, String qrSvg) {}

  /** Each works once in place of the app's code; shown this once, as only digests are kept. */
  public record RecoveryCodesResponse(List<String> recoveryCodes) {}
}
