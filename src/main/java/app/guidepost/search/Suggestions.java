package app.guidepost.search;

import app.guidepost.article.Audience;
import app.guidepost.i18n.Language;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Suggestions as the reader types: article titles whose words start with what was typed, in
 * any position (infix), diacritics and letter variants forgiven. Titles in the reader's
 * language come first; an article without a translation in it is suggested in the language
 * search would show it in. Internal titles are never suggested to readers. An immutable
 * snapshot, rebuilt with the index; a scan of the titles, which stays well under a
 * millisecond for thousands of articles.
 */
public final class Suggestions {

  public static final Suggestions EMPTY = new Suggestions(List.of());

  private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** One suggestible title of an article or a guide ({@code type}). */
  public record Entry(String slug, Language language, String title, Audience audience, Set<Language> serves, String type) {
    /** An article's title. */
    public Entry(String slug, Language language, String title, Audience audience, Set<Language> serves) {
      this(slug, language, title, audience, serves, "article");
    }
  }

  /** A title that matched, for the reader. */
  public record Suggestion(String text, String slug, Language language, String type) {}

  private record Folded(Entry entry, List<String> words) {}

  private final List<Folded> entries;

  public Suggestions(List<Entry> entries) {
    List<Folded> folded = new ArrayList<>();
    for (Entry entry : entries) {
      folded.add(new Folded(entry, words(entry.title())));
    }
    this.entries = List.copyOf(folded);
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : WORDS.split(Folding.fold(text))) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  public List<Suggestion> suggest(Language reader, String typed, int limit, boolean includeInternal) {
    List<String> typedWords = words(typed);
    if (typedWords.isEmpty()) {
      return List.of();
    }
    record Match(Folded folded, boolean atStart) {}
    List<Match> matches = new ArrayList<>();
    for (Folded folded : entries) {
      Entry entry = folded.entry();
      if (!entry.serves().contains(reader) || (!includeInternal && entry.audience() != Audience.PUBLIC)) {
        continue;
      }
      if (matches(folded.words(), typedWords)) {
        matches.add(new Match(folded, folded.words().getFirst().startsWith(typedWords.getFirst())));
      }
    }
    return matches.stream()
        .sorted(Comparator.comparing((Match m) -> m.folded().entry().language() != reader)
            .thenComparing(m -> !m.atStart())
            .thenComparingInt(m -> m.folded().entry().title().length())
            .thenComparing(m -> m.folded().entry().slug()))
        .limit(limit)
        .map(m -> new Suggestion(m.folded().entry().title(), m.folded().entry().slug(), m.folded().entry().language(), m.folded().entry().type()))
        .toList();
  }

  /**
   * Of {@code queries} (most frequent first), those whose words start with the words typed, in
   * the same folded comparison as titles; the typed text itself is not offered back.
   */
  public static List<String> matchingQueries(List<String> queries, String typed, int limit) {
    List<String> typedWords = words(typed);
    if (typedWords.isEmpty() || limit <= 0) {
      return List.of();
    }
    String typedFolded = String.join(" ", typedWords);
    return queries.stream()
        .filter(query -> {
          List<String> words = words(query);
          return !String.join(" ", words).equals(typedFolded) && matches(words, typedWords);
        })
        .limit(limit)
        .toList();
  }

  /** Every typed word starts a word of the title; the last may still be half typed. */
  private static boolean matches(List<String> titleWords, List<String> typedWords) {
    for (String typed : typedWords) {
      if (titleWords.stream().noneMatch(word -> word.startsWith(typed))) {
        return false;
      }
    }
    return true;
  }
}
