package app.guidepost.search.lexicon;

import app.guidepost.i18n.Language;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The renderings learned from one state of the knowledge base, per direction between two
 * languages: for an analysed word of one language, the analysed words of the other that
 * translate it, the most certain first. Immutable; learned again when the translations change.
 */
public final class Lexicon {

  public static final Lexicon EMPTY = new Lexicon(Map.of(), Map.of());

  /** From one language to another. */
  public record Direction(Language from, Language to) {}

  /** A word and one of its renderings, for editors to read and correct. */
  public record LearnedPair(String word, Rendering rendering) {}

  private final Map<Direction, Map<String, List<Rendering>>> renderings;
  private final Map<Direction, Integer> articles;

  Lexicon(Map<Direction, Map<String, List<Rendering>>> renderings, Map<Direction, Integer> articles) {
    this.renderings = Map.copyOf(renderings);
    this.articles = Map.copyOf(articles);
  }

  /** What renders {@code word} of {@code from} in {@code to}, the most certain first. */
  public List<Rendering> renderings(Language from, Language to, String word) {
    return renderings.getOrDefault(new Direction(from, to), Map.of()).getOrDefault(word, List.of());
  }

  /** Everything learned, by direction, for {@link LexiconFile}. */
  Map<Direction, Map<String, List<Rendering>>> all() {
    return renderings;
  }

  /** How many articles in both languages of {@code direction} it was learned from. */
  public int articles(Direction direction) {
    return articles.getOrDefault(direction, 0);
  }

  /** How many words of {@code direction}'s first language have a rendering. */
  public int words(Direction direction) {
    return renderings.getOrDefault(direction, Map.of()).size();
  }

  /** The directions anything was learned for, per language. */
  public Map<Language, List<Language>> directions() {
    Map<Language, List<Language>> byLanguage = new EnumMap<>(Language.class);
    renderings.keySet().stream()
        .sorted(Comparator.comparing(Direction::from).thenComparing(Direction::to))
        .forEach(d -> byLanguage.merge(d.from(), List.of(d.to()), (a, b) -> java.util.stream.Stream.concat(a.stream(), b.stream()).toList()));
    return byLanguage;
  }

  /** The {@code limit} most certain pairs of {@code direction}, most certain first. */
  public List<LearnedPair> strongest(Direction direction, int limit) {
    return renderings.getOrDefault(direction, Map.of()).entrySet().stream()
        .flatMap(entry -> entry.getValue().stream().map(rendering -> new LearnedPair(entry.getKey(), rendering)))
        .sorted(Comparator.comparing((LearnedPair pair) -> pair.rendering().confidence()).reversed()
            .thenComparing(LearnedPair::word)
            .thenComparing(pair -> pair.rendering().word()))
        .limit(limit)
        .toList();
  }
}
