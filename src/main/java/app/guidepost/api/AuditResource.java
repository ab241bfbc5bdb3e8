package app.guidepost.api;

import app.guidepost.account.Caller;
import app.guidepost.account.Role;
import app.guidepost.audit.AuditEvent;
import app.guidepost.audit.AuditLog;
import app.guidepost.search.SearchRequest;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** {@code GET /api/audit?limit=&before=}: the audit log for admins, newest first. */
@Path("audit")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AuditResource {

  @Inject AuditLog log;
  @Inject Caller caller;

  /** A page of events; {@code next} pages on. */
  public record AuditPage(List<Event> events, String next) {
    /** One event. */
    public record Event(long id, OffsetDateTime at, String actor, String action, String target, String detail) {}
  }

  @GET
  public AuditPage events(@QueryParam("limit") String limit, @QueryParam("before") String before) {
    caller.require(Role.ADMIN, "The audit log");
    int count = SearchRequest.integer("limit", Optional.ofNullable(limit), 50, 1, 500);
    Long beforeId = before == null || before.isBlank() ? null : (long) SearchRequest.integer("before", Optional.of(before), 0, 1, Integer.MAX_VALUE);
    List<AuditEvent> events = log.newest(count, beforeId);
    String next = events.size() == count ? "/api/audit?limit=" + count + "&before=" + events.get(events.size() - 1).id() : null;
    return new AuditPage(events.stream().map(e -> new AuditPage.Event(e.id(), e.at(), e.actor(), e.action(), e.target(), e.detail().orElse(null))).toList(), next);
  }
}
