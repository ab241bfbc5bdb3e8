package app.guidepost.api;

import app.guidepost.account.Caller;
import app.guidepost.account.Role;

import app.guidepost.article.Audience;
import app.guidepost.article.Slug;
import app.guidepost.guide.Choice;
import app.guidepost.guide.Guide;
import app.guidepost.guide.GuideCatalog;
import app.guidepost.guide.LinkedSections;
import app.guidepost.guide.GuideStep;
import app.guidepost.guide.GuideTexts;
import app.guidepost.guide.TicketStep;
import app.guidepost.i18n.FallbackChains;
import app.guidepost.i18n.Language;
import app.guidepost.i18n.LanguageNegotiation;
import app.guidepost.i18n.Messages;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.platform.Readiness;
import app.guidepost.render.MarkdownRenderer;
import app.guidepost.search.SearchRequest;
import app.guidepost.walkthrough.WalkthroughStats;
import java.time.Clock;
import java.time.OffsetDateTime;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import java.util.Optional;

/**
 * Guided help for readers: the guides with their whole graph in the reader's language (or the
 * best other one, said so), and how walkthroughs of a guide went. Guides for agents are internal:
 * only agents (and the roles above them) find them; to anyone else they do not exist.
 */
@Path("guides")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GuideResource {

  @Inject GuideCatalog catalog;
  @Inject FallbackChains fallbackChains;
  @Inject Messages messages;
  @Inject Readiness readiness;
  @Inject Caller caller;
  @Inject WalkthroughStats stats;
  @Inject Clock clock;
  @Inject LinkedSections sections;

  /** The guides the reader may see, each in the language the reader gets it in. */
  public record GuideList(String lang, List<Item> guides) {
    /** One guide as listed. */
    public record Item(String slug, String audience, String lang, String title, String summary, String url) {}
  }

  /** How walkthroughs of a guide went over the last {@code days} days. */
  public record GuideStats(String guide, String title, int days, long walkthroughs, long handedOver, Map<String, Long> endings, List<StepStats> steps) {
    /** One step: reached (once per walkthrough), still there, left there (expired), and ended there by outcome. */
    public record StepStats(String id, String title, long reached, long inProgress, long leftHere, Map<String, Long> endedHere) {}
  }

  /** A whole guide: its steps, texts, links and outcomes. */
  public record GuideView(
      String slug, String audience, String lang, String requestedLang, boolean fallback, String notice, String dir, String title,
      String summary, int revision, Boolean outdated, String outdatedNotice, String start, List<String> translations, List<Step> steps) {

    /** One step; {@code body} is sanitized HTML. */
    public record Step(
        String id, String ticketStep, String ticketStepName, String title, String body, List<Link> links, String next,
        List<Option> choices, Ending outcome) {}

    /** An article section the step links. */
    public record Link(String article, String anchor, String url) {}

    /** A choice: its label and the step it leads to. */
    public record Option(String id, String label, String next) {}

    /** How the guide ends at this step. */
    public record Ending(String kind, Integer tier, String guide) {}
  }

  @GET
  public GuideList guides(
      @QueryParam("lang") String lang, @QueryParam("audience") String audience,
      @Context HttpHeaders headers) {
    Language reader = LanguageNegotiation.negotiate(Optional.ofNullable(lang), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    Optional<Audience> only = Optional.ofNullable(audience).filter(a -> !a.isBlank()).map(a -> Audience.fromCode(a).orElseThrow(
        () -> new InvalidInputException("Unknown audience", "'" + InvalidInputException.excerpt(a) + "' is not an audience: use public or agent.")));
    boolean staff = caller.isStaff();
    readiness.requireReady();
    List<GuideList.Item> items = catalog.guides().values().stream()
        .filter(g -> staff || g.guide().audience() == Audience.PUBLIC)
        .filter(g -> only.isEmpty() || g.guide().audience() == only.get())
        .map(g -> {
          GuideTexts texts = best(g, reader);
          return new GuideList.Item(g.guide().slug(), g.guide().audience().code(), texts.language().code(), texts.title(), texts.summary().orElse(null),
              "/api/guides/" + g.guide().slug() + "?lang=" + texts.language().code());
        })
        .toList();
    return new GuideList(reader.code(), items);
  }

  @GET
  @Path("{slug}")
  public GuideView guide(
      @PathParam("slug") String slug, @QueryParam("lang") String lang,
      @Context HttpHeaders headers) {
    Language reader = LanguageNegotiation.negotiate(Optional.ofNullable(lang), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    GuideCatalog.PublishedGuide published = visible(slug);
    GuideTexts texts = best(published, reader);
    Guide guide = published.guide();
    boolean fallback = texts.language() != reader;
    String notice = fallback
        ? messages.fallbackNotice("article.fallback.notice", reader, texts.language())
        : null;
    Map<String, TicketStep> ticketSteps = new java.util.HashMap<>();
    catalog.ticketSteps().forEach(step -> ticketSteps.put(step.id(), step));
    // A link to an internal article would name it and its section to readers without an account.
    Predicate<String> shownLink = caller.isStaff() ? link -> true : sections::isPublic;
    List<GuideView.Step> steps = guide.steps().stream().map(step -> view(step, texts.steps().get(step.id()), ticketSteps, texts.language(), shownLink)).toList();
    Optional<Boolean> outdated = published.isOutdated(texts.language());
    String outdatedNotice = outdated.filter(Boolean::booleanValue)
        .map(o -> messages.format(reader, "article.outdated.notice", Map.of("source", messages.languageName(reader, guide.source()))))
        .orElse(null);
    return new GuideView(
        guide.slug(), guide.audience().code(), texts.language().code(), reader.code(), fallback, notice,
        texts.language().isRightToLeft() ? "rtl" : "ltr", texts.title(), texts.summary().orElse(null),
        published.revisions().get(texts.language()), outdated.orElse(null), outdatedNotice, guide.start(),
        published.texts().keySet().stream().sorted().map(Language::code).toList(), steps);
  }

  @GET
  @Path("{slug}/stats")
  public GuideStats stats(
      @PathParam("slug") String slug, @QueryParam("days") String days, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
    caller.require(Role.AGENT, "Guide statistics");
    int window = SearchRequest.integer("days", Optional.ofNullable(days), 30, 1, 366);
    Language reader = LanguageNegotiation.negotiate(Optional.ofNullable(lang), headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    GuideCatalog.PublishedGuide published = visible(slug);
    GuideTexts texts = best(published, reader);
    WalkthroughStats.GuideCounts counts = stats.forGuide(published.guide().slug(), OffsetDateTime.now(clock).minusDays(window));
    List<GuideStats.StepStats> steps = published.guide().steps().stream().map(step -> {
      WalkthroughStats.StepCounts c = counts.steps().getOrDefault(step.id(), new WalkthroughStats.StepCounts(0, 0, 0, Map.of()));
      return new GuideStats.StepStats(step.id(), texts.steps().get(step.id()).title(), c.reached(), c.inProgress(), c.leftHere(), c.endedHere());
    }).toList();
    return new GuideStats(published.guide().slug(), texts.title(), window, counts.walkthroughs(), counts.handedOver(), counts.endings(), steps);
  }

  /** The published guide {@code slug} if this caller may see it; a guide they may not see does not exist for them. */
  private GuideCatalog.PublishedGuide visible(String slug) {
    Slug id = Slug.parse(slug).orElseThrow(() -> new InvalidInputException(
        "Invalid slug", "'" + InvalidInputException.excerpt(slug) + "' is not a guide slug: lowercase a-z, digits and single hyphens."));
    readiness.requireReady();
    boolean staff = caller.isStaff();
    return catalog.guide(id.value())
        .filter(g -> staff || g.guide().audience() == Audience.PUBLIC)
        .orElseThrow(() -> new GuideNotFoundException(id.value()));
  }

  private static GuideView.Step view(
      GuideStep step, GuideTexts.StepText text, Map<String, TicketStep> ticketSteps, Language language, Predicate<String> shownLink) {
    List<GuideView.Link> links = step.links().stream().filter(shownLink).map(link -> {
      String[] parts = link.split("#", 2);
      return new GuideView.Link(parts[0], parts[1], "/api/articles/" + parts[0] + "?lang=" + language.code() + "#" + parts[1]);
    }).toList();
    List<GuideView.Option> options = step.choices().stream()
        .map((Choice c) -> new GuideView.Option(c.id(), text.choices().get(c.id()), c.next()))
        .toList();
    GuideView.Ending ending = step.outcome()
        .map(o -> new GuideView.Ending(o.kind().code(), o.tier().orElse(null), o.guide().orElse(null)))
        .orElse(null);
    return new GuideView.Step(
        step.id(),
        step.ticketStep().orElse(null),
        step.ticketStep().map(ticketSteps::get).map(t -> t.name(language)).orElse(null),
        text.title(),
        MarkdownRenderer.render(text.body()).html(),
        links,
        step.next().orElse(null),
        options,
        ending);
  }

  private GuideTexts best(GuideCatalog.PublishedGuide guide, Language reader) {
    return guide.textsFor(reader, fallbackChains.chainFor(reader));
  }
}
