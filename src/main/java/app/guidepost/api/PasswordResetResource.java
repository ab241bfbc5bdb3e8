package app.guidepost.api;

import app.guidepost.account.PasswordResets;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;

/**
 * Asking for a password reset (the same answer for every name) and completing one with the
 * token an admin handed over.
 */
@Path("password-resets")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PasswordResetResource {

  static final String REQUESTED = "If an account with this name exists, its admins have been told. An admin will give you a reset token.";

  /** Requests waiting to be noted, across all callers. */
  private static final java.util.concurrent.Semaphore pending = new java.util.concurrent.Semaphore(64);

  @Inject PasswordResets resets;
  @Inject app.guidepost.platform.ClientAddress clientAddress;
  @jakarta.annotation.Resource jakarta.enterprise.concurrent.ManagedExecutorService executor;
  @Context HttpServletRequest request;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response request(String body) {
    JsonObject json = JsonBodies.object(body, Set.of("username"));
    String name = JsonBodies.string(json, "username").orElse("");
    String address = clientAddress.of(request);
    // Noted after the answer, so that a known name and an unknown one are answered in the same
    // time. At most a few wait to be noted; past that, a flood of requests is not noted at all.
    if (pending.tryAcquire()) {
      try {
        executor.execute(() -> {
          try {
            resets.requested(name, address);
          } finally {
            pending.release();
          }
        });
      } catch (RuntimeException e) {
        pending.release();
        throw e;
      }
    }
    return Response.accepted(Map.of("detail", REQUESTED)).build();
  }

  @POST
  @Path("complete")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response complete(String body) {
    JsonObject json = JsonBodies.object(body, Set.of("token", "password"));
    resets.complete(JsonBodies.requiredString(json, "token"), JsonBodies.requiredString(json, "password"));
    return Response.noContent().build();
  }
}
