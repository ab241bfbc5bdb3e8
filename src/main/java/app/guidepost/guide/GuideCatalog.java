package app.guidepost.guide;

import app.guidepost.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

/** The ticket steps and the published guides, each with its valid translations; replaced whole by each import. */
@ApplicationScoped
public class GuideCatalog {

  /** A guide whose shape is valid, with the languages whose texts are complete. */
  public record PublishedGuide(Guide guide, Map<Language, GuideTexts> texts) {
    public PublishedGuide {
      texts = Map.copyOf(texts);
    }
  }

  private record Contents(List<TicketStep> ticketSteps, Map<String, PublishedGuide> guides) {}

  private final AtomicReference<Contents> contents = new AtomicReference<>(new Contents(List.of(), Map.of()));

  public void replace(List<TicketStep> ticketSteps, Map<String, PublishedGuide> guides) {
    contents.set(new Contents(List.copyOf(ticketSteps), Map.copyOf(guides)));
  }

  public List<TicketStep> ticketSteps() {
    return contents.get().ticketSteps();
  }

  public Map<String, PublishedGuide> guides() {
    return contents.get().guides();
  }

  public Optional<PublishedGuide> guide(String slug) {
    return Optional.ofNullable(contents.get().guides().get(slug));
  }
}
