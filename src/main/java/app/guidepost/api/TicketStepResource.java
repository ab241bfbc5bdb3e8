package app.guidepost.api;

import app.guidepost.account.Caller;
import app.guidepost.account.Role;

import app.guidepost.guide.GuideCatalog;
import app.guidepost.guide.Guidance;
import app.guidepost.i18n.Language;
import app.guidepost.i18n.LanguageNegotiation;
import app.guidepost.platform.Readiness;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import app.guidepost.guide.LinkedSections;
import app.guidepost.i18n.Messages;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The stages of a support contact ({@code GET /api/ticket-steps?lang=}) and, for an agent at one
 * of them, the guidance linked to it ({@code GET /api/ticket-steps/{step}?lang=}): the guide
 * steps that belong to the stage and the article sections they link, with excerpts, in the
 * agent's language or a stand-in that says so. Internal guides and articles count only for staff.
 */
@Path("ticket-steps")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TicketStepResource {

  @Inject GuideCatalog catalog;
  @Inject Readiness readiness;
  @Inject Guidance guidance;
  @Inject Messages messages;
  @Inject Caller caller;

  /** What helps at one ticket step. */
  public record GuidanceView(String id, String name, String lang, List<GuideSteps> guides, List<SectionView> sections) {
    /** A guide with its steps at this ticket step. */
    public record GuideSteps(String slug, String audience, String title, String lang, List<StepRef> steps) {}

    /** A guide step, by id and title. */
    public record StepRef(String id, String title) {}

    /** A linked article section with its excerpt; {@code notice} says when it is shown in another language. */
    public record SectionView(
        String article, String anchor, String lang, int revision, String articleTitle, String title, String excerpt, boolean fallback,
        String notice, String url) {}
  }

  /** The ticket steps in the order of a support contact, named in the reader's language. */
  public record TicketStepList(String lang, List<Item> steps) {
    /** One ticket step. */
    public record Item(String id, String name) {}
  }

  @GET
  public TicketStepList ticketSteps(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
    Language reader = LanguageNegotiation.negotiate(Optional.ofNullable(lang), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    readiness.requireReady();
    return new TicketStepList(reader.code(), catalog.ticketSteps().stream().map(s -> new TicketStepList.Item(s.id(), s.name(reader))).toList());
  }

  @GET
  @Path("{step}")
  public GuidanceView guidance(@PathParam("step") String step, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
    Language reader = LanguageNegotiation.negotiate(Optional.ofNullable(lang), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    readiness.requireReady();
    Guidance.ForStep found = guidance.forStep(step, reader, caller.isStaff()).orElseThrow(() -> new TicketStepNotFoundException(step));
    return new GuidanceView(found.step().id(), found.step().name(reader), reader.code(),
        found.guides().stream().map(g -> new GuidanceView.GuideSteps(g.slug(), g.audience().code(), g.title(), g.language().code(),
            g.steps().stream().map(s -> new GuidanceView.StepRef(s.id(), s.title())).toList())).toList(),
        found.sections().stream().map(s -> view(s, reader)).toList());
  }

  private GuidanceView.SectionView view(LinkedSections.Shown shown, Language reader) {
    String notice = shown.fallback()
        ? messages.fallbackNotice("section.fallback.notice", reader, shown.language())
        : null;
    return new GuidanceView.SectionView(shown.article(), shown.anchor(), shown.language().code(), shown.revision(), shown.articleTitle(),
        shown.sectionTitle(), shown.excerpt(), shown.fallback(), notice, shown.url());
  }

  /** No ticket step with this id. */
  static final class TicketStepNotFoundException extends app.guidepost.platform.ProblemException {
    private static final long serialVersionUID = 1L;

    TicketStepNotFoundException(String id) {
      super(404, "Ticket step not found", "There is no ticket step '" + app.guidepost.platform.InvalidInputException.excerpt(id) + "'; GET /api/ticket-steps lists them.");
    }
  }

}
