package app.guidepost.terminology;

import app.guidepost.i18n.Language;
import app.guidepost.text.BaseLetters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * Which concepts an editor looks for on the terminology page: words in their id or any of their
 * terms (without regard to case or diacritics: "wlan" finds "WLAN", "mat khau" finds "mật
 * khẩu"), a subject, a language with no term in use yet (what a translator still has to
 * write), where their version comes from, retired ones.
 *
 * @param text words that must all appear, each at the start of a word of the id, a term or the definition
 */
public record ConceptFilter(Optional<String> text, Optional<String> subject, Optional<Language> missing,
    Optional<Terminology.Origin> origin, boolean retired) {

  public static final ConceptFilter ALL = new ConceptFilter(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), false);

  /** The entries that pass, in the order given. */
  public List<Terminology.Entry> apply(List<Terminology.Entry> entries) {
    Predicate<Terminology.Entry> test = entry -> entry.retired() == retired;
    if (subject.isPresent()) {
      test = test.and(entry -> entry.concept().subject().filter(subject.get()::equals).isPresent());
    }
    if (missing.isPresent()) {
      test = test.and(entry -> entry.concept().wordsInUse(missing.get()).isEmpty());
    }
    if (origin.isPresent()) {
      test = test.and(entry -> entry.origin() == origin.get());
    }
    List<String> words = text.map(ConceptFilter::folded).map(t -> List.of(t.split(" +"))).orElse(List.of()).stream()
        .filter(w -> !w.isEmpty()).toList();
    if (!words.isEmpty()) {
      test = test.and(entry -> {
        String haystack = " " + folded(searchable(entry.concept()));
        return words.stream().allMatch(word -> haystack.contains(" " + word));
      });
    }
    return entries.stream().filter(test).toList();
  }

  /** The subjects the entries name, sorted. */
  public static SortedSet<String> subjects(List<Terminology.Entry> entries) {
    SortedSet<String> subjects = new TreeSet<>();
    entries.forEach(entry -> entry.concept().subject().ifPresent(subjects::add));
    return subjects;
  }

  private static String searchable(Concept concept) {
    StringBuilder text = new StringBuilder(concept.id().replace('-', ' ').replace('_', ' ').replace('.', ' '));
    for (Language language : Language.values()) {
      concept.terms(language).forEach(term -> text.append(' ').append(term.text()));
    }
    concept.definition().ifPresent(definition -> text.append(' ').append(definition));
    return text.toString();
  }

  /** Lower case, without diacritics, punctuation as spaces. */
  private static String folded(String text) {
    return BaseLetters.of(text).toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\p{S}\\s]+", " ").strip();
  }
}
