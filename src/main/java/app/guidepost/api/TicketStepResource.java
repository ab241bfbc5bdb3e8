package app.guidepost.api;

import app.guidepost.guide.GuideCatalog;
import app.guidepost.i18n.Language;
import app.guidepost.i18n.LanguageNegotiation;
import app.guidepost.platform.Readiness;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Optional;

/** {@code GET /api/ticket-steps?lang=}: the stages of a support contact, in order, named in the reader's language. */
@Path("ticket-steps")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TicketStepResource {

  @Inject GuideCatalog catalog;
  @Inject Readiness readiness;

  /** The ticket steps in the order of a support contact, named in the reader's language. */
  public record TicketStepList(String lang, List<Item> steps) {
    /** One ticket step. */
    public record Item(String id, String name) {}
  }

  @GET
  public TicketStepList ticketSteps(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
    Language reader = LanguageNegotiation.negotiate(Optional.ofNullable(lang), headers.getAcceptableLanguages());
    readiness.requireReady();
    return new TicketStepList(reader.code(), catalog.ticketSteps().stream().map(s -> new TicketStepList.Item(s.id(), s.name(reader))).toList());
  }

}
