package app.guidepost.search;

import app.guidepost.article.Audience;
import app.guidepost.i18n.Language;
import app.guidepost.search.index.IndexedTranslation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Suggestions as the reader types: article titles whose words start with what was typed, in
 * any position (infix), diacritics and letter variants forgiven. Titles in the reader's
 * language come first; an article without a translation in it is suggested in the language
 * search would show it in. Internal titles are never suggested to readers. An immutable
 * snapshot, kept in step with the index. Each reader language has the words of the titles it
 * may be offered sorted, so a keystroke is a binary search for the typed prefix and a look at
 * the titles under it, not a scan of every title (a hundred thousand of them at scale).
 */
public final class Suggestions {

  public static final Suggestions EMPTY = new Suggestions(List.of());

  private static final Pattern WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

  /** One suggestible title of an article or a guide ({@code type}). */
  public record Entry(String slug, Language language, String title, Audience audience, Set<Language> serves, String type) {
    /** An article's title. */
    public Entry(String slug, Language language, String title, Audience audience, Set<Language> serves) {
      this(slug, language, title, audience, serves, IndexedTranslation.ARTICLE);
    }
  }

  /** A title that matched, for the reader. */
  public record Suggestion(String text, String slug, Language language, String type) {

    /** Whether this suggests a guide rather than an article. */
    public boolean isGuide() {
      return IndexedTranslation.GUIDE.equals(type);
    }
  }

  /** The titles of one article or guide: what a change replaces. */
  public record Key(String slug, String type) {}

  private record Folded(Entry entry, List<String> words) {
    Key key() {
      return new Key(entry.slug(), entry.type());
    }
  }

  /** The words of the titles one reader may be offered, sorted, each with the title it is in. */
  private record Words(String[] words, int[] titles) {}

  private final List<Folded> entries;
  private final int[] place;
  private final Map<Language, Words> byReader = new EnumMap<>(Language.class);

  public Suggestions(List<Entry> entries) {
    this(entries.stream().map(entry -> new Folded(entry, words(entry.title()))).toArray(Folded[]::new));
  }

  private Suggestions(Folded[] folded) {
    this.entries = List.of(folded);
    // Among equals, shorter titles first, then by slug: each title's place in that order, so
    // a keystroke ranks candidates by comparing numbers.
    Integer[] byLength = new Integer[folded.length];
    for (int i = 0; i < folded.length; i++) {
      byLength[i] = i;
    }
    Arrays.sort(byLength, Comparator.comparingInt((Integer i) -> folded[i].entry().title().length())
        .thenComparing(i -> folded[i].entry().slug())
        .thenComparing(i -> folded[i].entry().language()));
    this.place = new int[folded.length];
    for (int rank = 0; rank < byLength.length; rank++) {
      place[byLength[rank]] = rank;
    }
    for (Language reader : Language.values()) {
      List<Map.Entry<String, Integer>> postings = new ArrayList<>();
      for (int title = 0; title < this.entries.size(); title++) {
        Folded entry = this.entries.get(title);
        if (entry.entry().serves().contains(reader)) {
          for (String word : new HashSet<>(entry.words())) {
            postings.add(Map.entry(word, title));
          }
        }
      }
      postings.sort(Map.Entry.comparingByKey());
      String[] words = new String[postings.size()];
      int[] titles = new int[postings.size()];
      for (int i = 0; i < words.length; i++) {
        words[i] = postings.get(i).getKey();
        titles[i] = postings.get(i).getValue();
      }
      byReader.put(reader, new Words(words, titles));
    }
  }

  /**
   * These suggestions with the titles of some articles and guides replaced: {@code replacements}
   * maps each changed one to its titles now (none when it is gone). Unchanged titles are not
   * folded again.
   */
  public Suggestions replacing(Map<Key, List<Entry>> replacements) {
    List<Folded> kept = new ArrayList<>();
    for (Folded entry : entries) {
      if (!replacements.containsKey(entry.key())) {
        kept.add(entry);
      }
    }
    replacements.values().forEach(list -> list.forEach(entry -> kept.add(new Folded(entry, words(entry.title())))));
    return new Suggestions(kept.toArray(Folded[]::new));
  }

  /** How many titles may be suggested, to anyone. */
  public int size() {
    return entries.size();
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
    if (typedWords.isEmpty() || limit <= 0) {
      return List.of();
    }
    // The longest typed word is the most selective: its prefix range holds the fewest titles.
    String probe = typedWords.stream().max(Comparator.comparingInt(String::length)).orElseThrow();
    Words words = byReader.get(reader);
    BitSet seen = new BitSet(entries.size());
    // The best `limit` so far, kept sorted: a two-letter prefix can reach thousands of titles,
    // and sorting them all to keep eight is what made such keystrokes slow.
    long[] bestKeys = new long[limit];
    int found = 0;
    for (int i = firstAtOrAfter(words.words(), probe); i < words.words().length && words.words()[i].startsWith(probe); i++) {
      int title = words.titles()[i];
      if (seen.get(title)) {
        continue;
      }
      seen.set(title);
      Folded folded = entries.get(title);
      if (!includeInternal && folded.entry().audience() != Audience.PUBLIC) {
        continue;
      }
      if (typedWords.size() > 1 && !matches(folded.words(), typedWords)) {
        continue;
      }
      boolean atStart = folded.words().getFirst().startsWith(typedWords.getFirst());
      long key = (folded.entry().language() != reader ? 1L << 62 : 0) | (atStart ? 0 : 1L << 61) | ((long) place[title] << 24) | title;
      if (found < limit || key < bestKeys[found - 1]) {
        int at = found < limit ? found++ : found - 1;
        while (at > 0 && bestKeys[at - 1] > key) {
          bestKeys[at] = bestKeys[at - 1];
          at--;
        }
        bestKeys[at] = key;
      }
    }
    List<Suggestion> suggestions = new ArrayList<>(found);
    for (int i = 0; i < found; i++) {
      Entry entry = entries.get((int) (bestKeys[i] & 0xFFFFFF)).entry();
      suggestions.add(new Suggestion(entry.title(), entry.slug(), entry.language(), entry.type()));
    }
    return suggestions;
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

  private static int firstAtOrAfter(String[] sorted, String prefix) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int middle = (low + high) >>> 1;
      if (sorted[middle].compareTo(prefix) < 0) {
        low = middle + 1;
      } else {
        high = middle;
      }
    }
    return low;
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
