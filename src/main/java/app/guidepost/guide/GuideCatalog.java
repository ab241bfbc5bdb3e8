package app.guidepost.guide;

import app.guidepost.article.SourceRevisions;
import app.guidepost.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

/**
 * The ticket steps and the published guides, each with its valid translations. Built from the
 * database after every import and replaced whole, so a reader never sees half of a change.
 */
@ApplicationScoped
public class GuideCatalog {

  /** A guide whose shape is valid, with the languages whose texts are complete and their revision numbers. */
  public record PublishedGuide(Guide guide, int shapeRevision, Map<Language, GuideTexts> texts, Map<Language, Integer> revisions) {
    public PublishedGuide {
      texts = Map.copyOf(texts);
      revisions = Map.copyOf(revisions);
    }

    /**
     * Whether the texts in {@code language} were translated from an older revision of the
     * guide's source texts than the published one (as {@link StoredGuide#isOutdated} on what
     * is stored); empty for the source itself, a language without texts or a source that is gone.
     */
    public Optional<Boolean> isOutdated(Language language) {
      GuideTexts text = texts.get(language);
      if (text == null || language == guide.source()) {
        return Optional.empty();
      }
      return SourceRevisions.isOutdated(text.sourceRevision(), Optional.ofNullable(revisions.get(guide.source())));
    }

    /** The texts for a reader of {@code language}: theirs, else the first of {@code fallbackChain}, else the source's. */
    public GuideTexts textsFor(Language language, List<Language> fallbackChain) {
      return Stream.concat(Stream.of(language), fallbackChain.stream())
          .map(texts::get)
          .filter(Objects::nonNull)
          .findFirst()
          .orElse(texts.get(guide.source()));
    }
  }

  private record Contents(List<TicketStep> ticketSteps, Map<String, PublishedGuide> guides) {}

  private final AtomicReference<Contents> contents = new AtomicReference<>(new Contents(List.of(), Map.of()));

  public void replace(List<TicketStep> ticketSteps, Map<String, PublishedGuide> guides) {
    contents.set(new Contents(List.copyOf(ticketSteps), Collections.unmodifiableMap(new TreeMap<>(guides))));
  }

  public List<TicketStep> ticketSteps() {
    return contents.get().ticketSteps();
  }

  public Optional<TicketStep> ticketStep(String id) {
    return ticketSteps().stream().filter(step -> step.id().equals(id)).findFirst();
  }

  /** The published guides in slug order. */
  public Map<String, PublishedGuide> guides() {
    return contents.get().guides();
  }

  public Optional<PublishedGuide> guide(String slug) {
    return Optional.ofNullable(contents.get().guides().get(slug));
  }
}
