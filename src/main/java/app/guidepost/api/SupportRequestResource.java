package app.guidepost.api;

import app.guidepost.account.Caller;
import app.guidepost.account.Role;

import app.guidepost.platform.Readiness;
import app.guidepost.support.SupportRequest;
import app.guidepost.support.SupportRequests;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;

/** {@code GET /api/support-requests/{reference}}: for staff, where a support request's delivery to the ticket system stands. */
@Path("support-requests")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SupportRequestResource {

  @Inject SupportRequests requests;
  @Inject Caller caller;
  @Inject Readiness readiness;

  /** A request's delivery state; {@code lastError} is the receiver's last refusal while it is pending. */
  public record DeliveryView(
      String reference, String state, int attempts, OffsetDateTime createdAt, OffsetDateTime deliveredAt, OffsetDateTime nextAttemptAt,
      String lastError) {}

  @GET
  @Path("{reference}")
  public DeliveryView get(@PathParam("reference") String reference) {
    caller.require(Role.AGENT, "Support requests");
    readiness.requireReady();
    SupportRequest request = requests.find(reference).orElseThrow(() -> new jakarta.ws.rs.NotFoundException());
    return new DeliveryView(request.reference(), request.state(), request.attempts(), request.createdAt(), request.deliveredAt().orElse(null),
        request.isDelivered() ? null : request.nextAttemptAt(), request.lastError().orElse(null));
  }
}
