package app.guidepost.api;

import app.guidepost.article.Audience;
import app.guidepost.article.Slug;
import app.guidepost.guide.Choice;
import app.guidepost.guide.Guide;
import app.guidepost.guide.GuideCatalog;
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
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Guided help for readers: the public guides with their whole graph in the reader's language
 * (or the best other one, said so). Guides for agents are
 * internal, like agent articles: they are not found here until accounts exist.
 */
@Path("guides")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class GuideResource {

  @Inject GuideCatalog catalog;
  @Inject FallbackChains fallbackChains;
  @Inject Messages messages;
  @Inject Readiness readiness;

  /** The public guides, each in the language the reader gets it in. */
  public record GuideList(String lang, List<Item> guides) {
    /** One guide as listed. */
    public record Item(String slug, String lang, String title, String summary, String url) {}
  }

  /** A whole guide: its steps, texts, links and outcomes. */
  public record GuideView(
      String slug, String lang, String requestedLang, boolean fallback, String notice, String dir, String title, String summary,
      String start, List<String> translations, List<Step> steps) {

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
  public GuideList guides(@QueryParam("lang") String lang, @Context HttpHeaders headers) {
    Language reader = LanguageNegotiation.negotiate(Optional.ofNullable(lang), headers.getAcceptableLanguages());
    readiness.requireReady();
    List<GuideList.Item> items = catalog.guides().values().stream()
        .filter(g -> g.guide().audience() == Audience.PUBLIC)
        .map(g -> {
          GuideTexts texts = best(g, reader);
          return new GuideList.Item(g.guide().slug(), texts.language().code(), texts.title(), texts.summary().orElse(null),
              "/api/guides/" + g.guide().slug() + "?lang=" + texts.language().code());
        })
        .toList();
    return new GuideList(reader.code(), items);
  }

  @GET
  @Path("{slug}")
  public GuideView guide(@PathParam("slug") String slug, @QueryParam("lang") String lang, @Context HttpHeaders headers) {
    Slug id = Slug.parse(slug).orElseThrow(() -> new InvalidInputException(
        "Invalid slug", "'" + InvalidInputException.excerpt(slug) + "' is not a guide slug: lowercase a-z, digits and single hyphens."));
    Language reader = LanguageNegotiation.negotiate(Optional.ofNullable(lang), headers.getAcceptableLanguages());
    readiness.requireReady();
    GuideCatalog.PublishedGuide published = catalog.guide(id.value())
        .filter(g -> g.guide().audience() == Audience.PUBLIC)
        .orElseThrow(() -> new GuideNotFoundException(id.value()));
    GuideTexts texts = best(published, reader);
    Guide guide = published.guide();
    boolean fallback = texts.language() != reader;
    String notice = fallback
        ? messages.format(reader, "article.fallback.notice", Map.of(
            "requested", messages.languageName(reader, reader), "shown", messages.languageName(reader, texts.language())))
        : null;
    Map<String, TicketStep> ticketSteps = new java.util.HashMap<>();
    catalog.ticketSteps().forEach(step -> ticketSteps.put(step.id(), step));
    List<GuideView.Step> steps = guide.steps().stream().map(step -> view(step, texts.steps().get(step.id()), ticketSteps, texts.language())).toList();
    return new GuideView(
        guide.slug(), texts.language().code(), reader.code(), fallback, notice, texts.language().isRightToLeft() ? "rtl" : "ltr",
        texts.title(), texts.summary().orElse(null), guide.start(),
        published.texts().keySet().stream().sorted().map(Language::code).toList(), steps);
  }

  private static GuideView.Step view(GuideStep step, GuideTexts.StepText text, Map<String, TicketStep> ticketSteps, Language language) {
    List<GuideView.Link> links = step.links().stream().map(link -> {
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

  /** The reader's language, else the fallback chain, else the guide's source language. */
  private GuideTexts best(GuideCatalog.PublishedGuide guide, Language reader) {
    return Stream.concat(Stream.of(reader), fallbackChains.chainFor(reader).stream())
        .map(guide.texts()::get)
        .filter(java.util.Objects::nonNull)
        .findFirst()
        .orElse(guide.texts().get(guide.guide().source()));
  }
}
