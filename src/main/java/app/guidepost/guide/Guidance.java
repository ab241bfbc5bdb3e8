package app.guidepost.guide;

import app.guidepost.article.Audience;
import app.guidepost.i18n.FallbackChains;
import app.guidepost.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What helps at one ticket step: the guide steps that belong to it and the article sections they
 * link, in the reader's language or a stand-in. Internal guides and articles count only for staff.
 */
@ApplicationScoped
public class Guidance {

  @Inject GuideCatalog catalog;
  @Inject LinkedSections sections;
  @Inject FallbackChains fallbackChains;

  /** A guide and its steps at the ticket step, titled in the texts' language. */
  public record GuideSteps(String slug, Audience audience, String title, Language language, List<StepRef> steps) {}

  /** A guide step, by id and title. */
  public record StepRef(String id, String title) {}

  /** The guidance for one ticket step. */
  public record ForStep(TicketStep step, List<GuideSteps> guides, List<LinkedSections.Shown> sections) {}

  public Optional<ForStep> forStep(String ticketStep, Language reader, boolean staff) {
    Optional<TicketStep> step = catalog.ticketStep(ticketStep);
    if (step.isEmpty()) {
      return Optional.empty();
    }
    List<GuideSteps> guides = new ArrayList<>();
    Map<String, LinkedSections.Shown> shown = new LinkedHashMap<>();
    for (GuideCatalog.PublishedGuide published : catalog.guides().values()) {
      if (!staff && published.guide().audience() != Audience.PUBLIC) {
        continue;
      }
      GuideTexts texts = published.textsFor(reader, fallbackChains.chainFor(reader));
      List<GuideStep> here = published.guide().steps().stream().filter(s -> s.ticketStep().filter(ticketStep::equals).isPresent()).toList();
      if (here.isEmpty()) {
        continue;
      }
      guides.add(new GuideSteps(published.guide().slug(), published.guide().audience(), texts.title(), texts.language(),
          here.stream().map(s -> new StepRef(s.id(), texts.steps().get(s.id()).title())).toList()));
      for (GuideStep guideStep : here) {
        for (String link : guideStep.links()) {
          if (!shown.containsKey(link)) {
            sections.resolve(link, reader, staff).ifPresent(s -> shown.put(link, s));
          }
        }
      }
    }
    return Optional.of(new ForStep(step.get(), guides, List.copyOf(shown.values())));
  }
}
