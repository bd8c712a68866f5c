package dev.personaltokens.adapter.in.rest;

import dev.personaltokens.application.port.in.notice.SendNoticesUseCase;
import dev.personaltokens.application.port.in.token.LeakReport;
import dev.personaltokens.application.port.in.token.ReportLeakedCredentialsUseCase;
import dev.personaltokens.application.port.in.token.RevokeLeakedCredentialsUseCase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.InputStream;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code POST /api/credentials/revoke}: where anyone - a secret scanner, a colleague who found a
 * token in a log - reports credentials found in public, without signing in. The answer is 202
 * before anything is looked up: it is the same for live, dead and unknown credentials, in content
 * and in time, so it tells nobody which were live. The revocation follows in the background.
 */
@Path("/credentials/revoke")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class LeakReportResource {

  /** A thousand 42-character credentials in quotes with commas, and room for whitespace. */
  static final int MAX_BYTES = 128 * 1024;

  private static final Set<String> FIELDS = Set.of("credentials");

  /**
   * At most this many notices are mailed right after a report (one per account whose token leaked,
   * the report itself holds at most 1,000 credentials); the scheduled run sends the rest.
   */
  static final int NOTICES_AT_ONCE = 1000;

  private static final Logger LOG = Logger.getLogger(LeakReportResource.class.getName());

  @Inject ReportLeakedCredentialsUseCase reportLeakedCredentials;
  @Inject RevokeLeakedCredentialsUseCase revokeLeakedCredentials;
  @Inject SendNoticesUseCase sendNotices;

  @Inject Executor background;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response report(InputStream body) {
    JsonBody json = JsonBody.read(body, FIELDS, MAX_BYTES);
    ReportLeakedCredentialsUseCase receiving = reportLeakedCredentials;
    LeakReport report = receiving.receive(json.optionalStrings("credentials"));
    background.execute(() -> revoke(report));
    return Response.accepted(new ReceivedReportResponse(report.received())).build();
  }

  private void revoke(LeakReport report) {
    try {
      if (revokeLeakedCredentials.revokeLeaked(report) > 0) {
        // The owners hear at once, not at the next scheduled run; one mail per account.
        sendNotices.sendDue(NOTICES_AT_ONCE);
      }
    } catch (RuntimeException e) {
      // No one waits for this answer; a notice that failed goes with the next scheduled run.
      LOG.log(Level.WARNING, "A leak report could not be processed completely", e);
    }
  }

  /** How many credentials the report held. */
  public record ReceivedReportResponse(int received) {}
}
