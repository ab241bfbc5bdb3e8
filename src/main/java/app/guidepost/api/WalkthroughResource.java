package app.guidepost.api;

import app.guidepost.account.Caller;
import app.guidepost.account.Role;

import app.guidepost.guide.Choice;
import app.guidepost.guide.GuideCatalog;
import app.guidepost.guide.GuideStep;
import app.guidepost.guide.GuideTexts;
import app.guidepost.guide.LinkedSections;
import app.guidepost.guide.Outcome;
import app.guidepost.i18n.FallbackChains;
import app.guidepost.i18n.Language;
import app.guidepost.i18n.LanguageNegotiation;
import app.guidepost.i18n.Messages;
import app.guidepost.platform.Readiness;
import app.guidepost.render.MarkdownRenderer;
import app.guidepost.support.Contact;
import app.guidepost.support.SupportRequest;
import app.guidepost.support.SupportRequests;
import app.guidepost.walkthrough.TicketNotes;
import app.guidepost.walkthrough.Walkthrough;
import app.guidepost.walkthrough.Walkthroughs;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Walkthroughs over HTTP: start one on a guide, answer its steps, go back, read the transcript
 * as ticket notes, and hand it over to support. The walkthrough's id in the address is its
 * secret token; answers are never cached.
 */
@Path("walkthroughs")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WalkthroughResource {

  private static final CacheControl NO_STORE = Caching.noStore();

  @Inject Walkthroughs walkthroughs;
  @Inject TicketNotes notes;
  @Inject SupportRequests supportRequests;
  @Inject GuideCatalog catalog;
  @Inject FallbackChains fallbackChains;
  @Inject Messages messages;
  @Inject Readiness readiness;
  @Inject Caller caller;

  /** A walkthrough as the visitor sees it: where they are, how they got there, what they can do next. */
  public record WalkthroughView(
      String id, String url, String guide, String guideTitle, String lang, String walkLang, boolean fallback, String notice, String dir,
      String status, OffsetDateTime startedAt, OffsetDateTime expiresAt, StepView step, List<PathEntry> path, boolean canGoBack,
      String transcript, Handover supportRequest) {

    /** The current step: texts, linked sections, and either choices, a way on, or an outcome. */
    public record StepView(
        String guide, String id, String ticketStep, String ticketStepName, String title, String body, List<SectionView> sections,
        List<Option> choices, boolean next, Ending outcome) {}

    /** An article section shown at the step. */
    public record SectionView(String article, String anchor, String lang, int revision, String articleTitle, String title, String excerpt,
        boolean fallback, String url) {}

    /** A choice offered at the step. */
    public record Option(String id, String label) {}

    /** How the walkthrough ends here; {@code contactSupport} is where to send the request. */
    public record Ending(String kind, Integer tier, String guide, String guideTitle, String contactSupport) {}

    /** An answered step. */
    public record PathEntry(int position, String guide, String step, String title, String choice, String answer) {}

    /** The support request made from this walkthrough. */
    public record Handover(String reference, String state) {}
  }

  /** A support request as acknowledged to the visitor. */
  public record SupportRequestView(String reference, String state, OffsetDateTime createdAt, String walkthrough) {}

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response start(String body, @Context HttpHeaders headers) {
    JsonObject request = JsonBodies.object(body, Set.of("guide", "lang"));
    String guide = JsonBodies.requiredString(request, "guide");
    Language language = LanguageNegotiation.negotiate(JsonBodies.string(request, "lang"), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    readiness.requireReady();
    Walkthroughs.Started started = walkthroughs.start(guide, language, caller.isStaff());
    WalkthroughView view = view(started.token(), started.walkthrough(), language);
    return Response.created(URI.create(view.url())).cacheControl(NO_STORE).entity(view).build();
  }

  @GET
  @Path("{id}")
  public Response get(@PathParam("id") String id, @QueryParam("lang") String lang) {
    readiness.requireReady();
    Walkthrough walkthrough = walkthroughs.find(id, caller.isStaff());
    return fresh(view(id, walkthrough, reading(lang, walkthrough)));
  }

  @POST
  @Path("{id}/answers")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response answer(@PathParam("id") String id, String body) {
    JsonObject request = JsonBodies.object(body, Set.of("step", "choice"));
    String step = JsonBodies.requiredString(request, "step");
    Optional<String> choice = JsonBodies.string(request, "choice");
    readiness.requireReady();
    Walkthrough walkthrough = walkthroughs.answer(id, step, choice, caller.isStaff());
    return fresh(view(id, walkthrough, walkthrough.language()));
  }

  @POST
  @Path("{id}/back")
  public Response back(@PathParam("id") String id) {
    readiness.requireReady();
    Walkthrough walkthrough = walkthroughs.back(id, caller.isStaff());
    return fresh(view(id, walkthrough, walkthrough.language()));
  }

  @GET
  @Path("{id}/transcript")
  public Response transcript(@PathParam("id") String id, @QueryParam("lang") String lang) {
    readiness.requireReady();
    Walkthrough walkthrough = walkthroughs.find(id, caller.isStaff());
    return fresh(notes.transcript(walkthrough, reading(lang, walkthrough)));
  }

  /** The same notes as plain text, ready to paste into a ticket. */
  @GET
  @Path("{id}/transcript")
  @Produces("text/plain;qs=0.5")
  public Response transcriptText(@PathParam("id") String id, @QueryParam("lang") String lang) {
    readiness.requireReady();
    Walkthrough walkthrough = walkthroughs.find(id, caller.isStaff());
    return Response.ok(notes.transcript(walkthrough, reading(lang, walkthrough)).text(), MediaType.TEXT_PLAIN_TYPE.withCharset("UTF-8"))
        .cacheControl(NO_STORE).build();
  }

  @POST
  @Path("{id}/support-request")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response contactSupport(@PathParam("id") String id, String body) {
    Contact contact = Contact.from(Contact.Fields.fromJson(JsonBodies.object(body, Contact.FIELDS)));
    readiness.requireReady();
    SupportRequest request = supportRequests.create(id, contact, caller.isStaff());
    return Response.status(Response.Status.CREATED).cacheControl(NO_STORE)
        .entity(new SupportRequestView(request.reference(), request.state(), request.createdAt(), "/api/walkthroughs/" + id))
        .build();
  }

  private static Response fresh(Object entity) {
    return Response.ok(entity).cacheControl(NO_STORE).build();
  }

  /** The language to show: the one asked for, else the one the visitor walks in. */
  private static Language reading(String lang, Walkthrough walkthrough) {
    if (lang == null || lang.isBlank()) {
      return walkthrough.language();
    }
    return Language.require(lang);
  }

  private WalkthroughView view(String token, Walkthrough walkthrough, Language language) {
    String url = "/api/walkthroughs/" + token;
    GuideCatalog.PublishedGuide current = catalog.guide(walkthrough.currentGuide()).orElseThrow(() -> new GuideNotFoundException(walkthrough.currentGuide()));
    GuideTexts texts = current.textsFor(language, fallbackChains.chainFor(language));
    GuideStep step = current.guide().stepsById().get(walkthrough.currentStep());
    if (step == null) {
      throw new GuideNotFoundException(walkthrough.currentGuide());
    }
    boolean fallback = texts.language() != language;
    String notice = fallback
        ? messages.fallbackNotice("article.fallback.notice", language, texts.language())
        : null;
    TicketNotes.Transcript transcript = notes.transcript(walkthrough, language);
    List<WalkthroughView.PathEntry> path = transcript.steps().stream()
        .filter(s -> s.answerLabel() != null)
        .map(s -> new WalkthroughView.PathEntry(s.position(), s.guide(), s.step(), s.title(), s.answer(), s.answerLabel()))
        .toList();
    WalkthroughView.Handover handover = walkthrough.handedOver()
        ? supportRequests.forWalkthrough(walkthrough.id()).map(r -> new WalkthroughView.Handover(r.reference(), r.state())).orElse(null)
        : null;
    String guideTitle = catalog.guide(walkthrough.guide()).map(g -> g.textsFor(language, fallbackChains.chainFor(language)).title()).orElse(walkthrough.guide());
    return new WalkthroughView(
        token, url, walkthrough.guide(), guideTitle, texts.language().code(), walkthrough.language().code(), fallback, notice,
        texts.language().isRightToLeft() ? "rtl" : "ltr", transcript.status(), walkthrough.startedAt(), walkthrough.expiresAt(),
        stepView(walkthrough, step, texts, language, url), path, !walkthrough.answers().isEmpty() && !walkthrough.handedOver(),
        url + "/transcript", handover);
  }

  private WalkthroughView.StepView stepView(Walkthrough walkthrough, GuideStep step, GuideTexts texts, Language language, String url) {
    GuideTexts.StepText text = texts.steps().get(step.id());
    List<WalkthroughView.SectionView> sections = walkthroughs.shownAt(walkthrough).stream().map(WalkthroughResource::section).toList();
    List<WalkthroughView.Option> options = step.choices().stream()
        .map((Choice c) -> new WalkthroughView.Option(c.id(), text.choices().get(c.id())))
        .toList();
    WalkthroughView.Ending ending = step.outcome().map((Outcome o) -> new WalkthroughView.Ending(
        o.kind().code(), o.tier().orElse(null), o.guide().orElse(null),
        o.guide().flatMap(catalog::guide).map(g -> g.textsFor(language, fallbackChains.chainFor(language)).title()).orElse(null),
        o.kind() == Outcome.Kind.CONTACT_SUPPORT && !walkthrough.handedOver() ? url + "/support-request" : null)).orElse(null);
    boolean leadsOn = step.next().isPresent() || step.outcome().filter(o -> o.kind() == Outcome.Kind.CONTINUE).isPresent();
    return new WalkthroughView.StepView(
        walkthrough.currentGuide(), step.id(), step.ticketStep().orElse(null),
        step.ticketStep().flatMap(catalog::ticketStep).map(t -> t.name(language)).orElse(null),
        text.title(), MarkdownRenderer.render(text.body()).html(), sections, options, leadsOn, ending);
  }

  private static WalkthroughView.SectionView section(LinkedSections.Shown shown) {
    return new WalkthroughView.SectionView(shown.article(), shown.anchor(), shown.language().code(), shown.revision(), shown.articleTitle(),
        shown.sectionTitle(), shown.excerpt(), shown.fallback(), shown.url());
  }

}
