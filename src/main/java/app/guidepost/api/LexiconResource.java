package app.guidepost.api;

import app.guidepost.account.Caller;
import app.guidepost.account.Role;
import app.guidepost.i18n.Language;
import app.guidepost.platform.InvalidInputException;
import app.guidepost.platform.Readiness;
import app.guidepost.search.LearnedLexicon;
import app.guidepost.search.SearchRequest;
import app.guidepost.search.lexicon.Lexicon;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * What this instance's lexicon learned from the knowledge base's translations, for editors:
 * {@code GET /api/lexicon} lists the language directions learned, with how many articles
 * taught each; {@code ?from=vi&to=en} adds that direction's strongest pairs, so that a wrong
 * one can be corrected in the termbase.
 */
@Path("lexicon")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class LexiconResource {

  static final int DEFAULT_PAIRS = 100;
  static final int MAX_PAIRS = 1000;

  @Inject Caller caller;
  @Inject Readiness readiness;
  @Inject LearnedLexicon lexicon;

  /** One direction learned: from how many articles, and how many words of {@code from} it renders. */
  public record DirectionView(String from, String to, int articles, int words) {}

  /** A learned pair, with the lexicon's confidence in it (0 to 1). */
  public record PairView(String word, String rendering, float confidence) {}

  /**
   * The lexicon in effect; {@code learned} is false until the first learning after a start has
   * ended, {@code inStep} false while the index has changed since (it is learned again in the
   * background: ask again).
   */
  public record LexiconView(boolean learned, boolean inStep, long millis, List<DirectionView> directions, List<PairView> pairs) {}

  @GET
  public LexiconView view(@QueryParam("from") String from, @QueryParam("to") String to, @QueryParam("limit") String limit) {
    caller.require(Role.EDITOR, "The learned lexicon");
    readiness.requireReady();
    Optional<Language> fromLanguage = language(from);
    Optional<Language> toLanguage = language(to);
    if (fromLanguage.isPresent() != toLanguage.isPresent()) {
      throw new InvalidInputException("Incomplete direction", "Give both 'from' and 'to' to see a direction's pairs, or neither.");
    }
    int pairLimit = SearchRequest.integer("limit", Optional.ofNullable(limit), DEFAULT_PAIRS, 1, MAX_PAIRS);
    LearnedLexicon.State state = lexicon.current();
    Optional<LearnedLexicon.Learned> learned = state.learned();
    Lexicon current = learned.map(LearnedLexicon.Learned::lexicon).orElse(Lexicon.EMPTY);
    List<DirectionView> directions = new ArrayList<>();
    current.directions().forEach((source, targets) -> targets.forEach(target -> {
      Lexicon.Direction direction = new Lexicon.Direction(source, target);
      directions.add(new DirectionView(source.code(), target.code(), current.articles(direction), current.words(direction)));
    }));
    List<PairView> pairs = fromLanguage.isEmpty() ? List.of() : current.strongest(new Lexicon.Direction(fromLanguage.get(), toLanguage.get()), pairLimit)
        .stream()
        .map(pair -> new PairView(pair.word(), pair.rendering().word(), pair.rendering().confidence()))
        .toList();
    return new LexiconView(learned.isPresent(), state.inStep(), learned.map(LearnedLexicon.Learned::millis).orElse(0L), directions, pairs);
  }

  private static Optional<Language> language(String code) {
    return Optional.ofNullable(code).filter(c -> !c.isBlank()).map(Language::require);
  }
}
