package app.guidepost.search;

import app.guidepost.i18n.Language;
import app.guidepost.search.index.ArticleIndex;
import app.guidepost.search.index.TextField;
import app.guidepost.search.lexicon.Lexicon;
import app.guidepost.search.lexicon.LexiconFile;
import app.guidepost.search.lexicon.LexiconLearner;
import app.guidepost.search.lexicon.Rendering;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;

/**
 * The lexicon learned from this instance's index (and the compounds of its German and
 * Norwegian text by their heads), learned again in the background when the
 * index has changed (paced by {@link #PAUSE_PER_LEARNING_TIME}), while searches go on with the
 * one learned before. Outside the container it is learned at once, for tests and tools.
 */
@ApplicationScoped
public class LearnedLexicon {

  private static final Logger LOG = Logger.getLogger(LearnedLexicon.class.getName());

  /**
   * Learning costs seconds of a core on a large knowledge base (XQuAD's 240 articles in four
   * languages: about 5 s), which searches running beside it pay for. After a learning that took
   * t, the next starts no sooner than this many times t later, whatever the rate of edits: at
   * most a tenth of a core goes to it, and a small knowledge base learns again at once.
   */
  static final int PAUSE_PER_LEARNING_TIME = 10;

  /**
   * How sure a name's spelling in the other alphabet is, as a learned rendering's confidence:
   * the consonants of "دنفر" and "Denver" agree, but so now and then do two unrelated words'.
   * Measured on xquad-xlang (Arabic questions whose answer is in English only, nDCG@10): .25
   * .352, .5 .363, 1 .356; the questions answered in Arabic .926 at each.
   */
  static final float NAME_CONFIDENCE = 0.5f;

  /** Learned words added to one query per language, the most certain first. */
  static final int MAX_RENDERINGS_PER_QUERY = 24;

  @Inject ArticleIndex index;
  @Resource ManagedExecutorService executor;

  private volatile Learned current;
  private volatile Optional<LexiconFile> kept = Optional.empty();
  private final AtomicBoolean learning = new AtomicBoolean();
  private volatile long lastStart;

  /**
   * The lexicon and the compounds by their heads, the index state they were learned from, and
   * how long learning took.
   */
  public record Learned(IndexReader reader, Lexicon lexicon, CompoundHeads compounds, NamesAcrossScripts names, long millis) {}

  static LearnedLexicon over(ArticleIndex index) {
    LearnedLexicon lexicon = new LearnedLexicon();
    lexicon.index = index;
    return lexicon;
  }

  /** The lexicon in effect, starting to learn again if {@code searcher}'s index has changed since. */
  public Lexicon lexicon(IndexSearcher searcher) {
    return learned(searcher).map(Learned::lexicon).orElse(Lexicon.EMPTY);
  }

  /** The compounds by their heads in effect, learned with the lexicon. */
  CompoundHeads compounds(IndexSearcher searcher) {
    return learned(searcher).map(Learned::compounds).orElse(CompoundHeads.NONE);
  }

  /** The names of the index in each alphabet by their consonants, read with the lexicon. */
  NamesAcrossScripts names(IndexSearcher searcher) {
    return learned(searcher).map(Learned::names).orElse(NamesAcrossScripts.NONE);
  }

  /**
   * Puts the lexicon kept in {@code file} by the last run in effect, if it can be read, until one
   * is learned from the index as it is now; every lexicon learned from now on is kept there. Called
   * at start, once the index is open and before searches are served: the first searches then
   * cross languages as the last run's did, instead of not at all while the lexicon is learned.
   *
   * @return whether a lexicon was read from the file
   */
  public boolean resumeFrom(LexiconFile file) {
    kept = Optional.of(file);
    Optional<Lexicon> lexicon = file.read();
    lexicon.ifPresent(read -> index.withSearcher(searcher -> {
      // Not learned from this index state (null), so the first search asks for a learning at once.
      current = new Learned(null, read, CompoundHeads.of(searcher), NamesAcrossScripts.of(searcher), 0);
      return read;
    }));
    LOG.log(Level.INFO, lexicon.isPresent() ? "Lexicon of the last run read from {0}; learning it again in the background"
        : "No lexicon kept in {0}; learning one in the background", file.path());
    return lexicon.isPresent();
  }

  /** The lexicon in effect, without asking for a learning (tests). */
  Optional<Learned> inEffect() {
    return Optional.ofNullable(current);
  }

  private Optional<Learned> learned(IndexSearcher searcher) {
    Learned learned = current;
    if (learned == null || learned.reader() != searcher.getIndexReader()) {
      if (executor == null) {
        learned = learn(searcher);
      } else {
        learnInBackground(learned == null);
      }
    }
    return Optional.ofNullable(learned);
  }

  /** The lexicon in effect now, if one was learned yet, and whether it was learned from the index as it is. */
  public record State(Optional<Learned> learned, boolean inStep) {}

  /** The lexicon in effect now; asks for it to be brought in step with the index. */
  public State current() {
    return index.withSearcher(searcher -> {
      lexicon(searcher);
      Learned learned = current;
      return new State(Optional.ofNullable(learned), learned != null && learned.reader() == searcher.getIndexReader());
    });
  }

  /**
   * The words of {@code to} that render the words of {@code text} typed in {@code from}, each
   * with its confidence, the most certain {@value #MAX_RENDERINGS_PER_QUERY}: those the lexicon
   * learned, and a name's spellings in the other alphabet ({@link NamesAcrossScripts}). A word the
   * termbase names a concept for in {@code to} is left to the termbase: an editor corrects a
   * wrong learned pair by adding the right one there.
   */
  static Map<String, Float> renderings(
      KnownTerms terms, Lexicon lexicon, NamesAcrossScripts names, Glossary.Analysed termbase, TypedQueries queries, Language from, Language to, String text) {
    Map<String, Float> found = new HashMap<>();
    for (String surface : new java.util.LinkedHashSet<>(queries.words(TypedQueries.surfaces(from).name(), text))) {
      if (!termbase.expand(from, surface).getOrDefault(to, java.util.Set.of()).isEmpty()) {
        continue;
      }
      for (TextField.Form form : List.of(TextField.Form.MAIN, TextField.Form.FOLDED)) {
        TextField field = TextField.of(from, TextField.Kind.BODY, form);
        if (TextField.forLanguage(from).contains(field)) {
          for (String word : queries.words(field.name(), surface)) {
            List<Rendering> renderings = lexicon.renderings(from, to, word);
            List<String> named = List.of(word);
            Optional<String> bare = from == Language.AR && form == TextField.Form.MAIN ? ArabicClitics.bare(terms, field.name(), word) : Optional.empty();
            if (bare.isPresent()) {
              // "بتمويل" is rendered and spelled as the "تمويل" the texts hold.
              if (renderings.isEmpty()) {
                renderings = lexicon.renderings(from, to, bare.get());
              }
              named = List.of(word, bare.get());
            }
            if (renderings.isEmpty() && TypedQueries.COMPOUNDING.contains(from)) {
              // A compound the translations never held renders as its parts ("Netzwerkdrucker").
              renderings = Compounds.knownParts(word, part -> !lexicon.renderings(from, to, part).isEmpty()).stream()
                  .flatMap(part -> lexicon.renderings(from, to, part).stream())
                  .toList();
            }
            for (Rendering rendering : renderings) {
              found.merge(rendering.word(), rendering.confidence(), Math::max);
            }
            if (form == TextField.Form.MAIN) {
              for (String spelling : names.spellings(from, to, named, held -> terms.visible(new org.apache.lucene.index.Term(field.name(), held)))) {
                found.merge(spelling, NAME_CONFIDENCE, Math::max);
              }
            }
          }
        }
      }
    }
    syllablePairs(lexicon, queries, from, to, text).values().forEach(byWord -> byWord.forEach((word, confidence) -> found.merge(word, confidence, Math::max)));
    if (found.size() <= MAX_RENDERINGS_PER_QUERY) {
      return found;
    }
    Map<String, Float> kept = new HashMap<>();
    found.entrySet().stream()
        .sorted(Map.Entry.<String, Float>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_RENDERINGS_PER_QUERY)
        .forEach(e -> kept.put(e.getKey(), e.getValue()));
    return kept;
  }

  /**
   * For a Vietnamese text, each syllable typed (as its surface) and the renderings of the
   * two-syllable words it is part of ("chính phủ": government), with their confidence; as typed
   * and without diacritics. Empty for other languages, whose words are not split in syllables.
   */
  static Map<String, Map<String, Float>> syllablePairs(Lexicon lexicon, TypedQueries queries, Language from, Language to, String text) {
    if (from != Language.VI) {
      return Map.of();
    }
    List<String> surfaces = queries.words(TypedQueries.surfaces(from).name(), text);
    Map<String, Map<String, Float>> bySyllable = new HashMap<>();
    for (TextField.Form form : List.of(TextField.Form.MAIN, TextField.Form.FOLDED)) {
      TextField field = TextField.of(from, TextField.Kind.BODY, form);
      if (!TextField.forLanguage(from).contains(field)) {
        continue;
      }
      for (int i = 1; i < surfaces.size(); i++) {
        List<String> first = queries.words(field.name(), surfaces.get(i - 1));
        List<String> second = queries.words(field.name(), surfaces.get(i));
        if (first.size() != 1 || second.size() != 1) {
          continue;
        }
        for (Rendering rendering : lexicon.renderings(from, to, app.guidepost.search.lexicon.LexiconLearner.syllablePair(first.getFirst(), second.getFirst()))) {
          for (String syllable : List.of(surfaces.get(i - 1), surfaces.get(i))) {
            bySyllable.computeIfAbsent(syllable, s -> new HashMap<>()).merge(rendering.word(), rendering.confidence(), Math::max);
          }
        }
      }
    }
    return bySyllable;
  }

  private void learnInBackground(boolean firstTime) {
    Learned last = current;
    long pauseNanos = last == null ? 0 : last.millis() * PAUSE_PER_LEARNING_TIME * 1_000_000;
    if (!firstTime && System.nanoTime() - lastStart < pauseNanos) {
      return;
    }
    if (!learning.compareAndSet(false, true)) {
      return;
    }
    lastStart = System.nanoTime();
    try {
      executor.execute(() -> {
        try {
          index.withSearcher(this::learn);
        } catch (RuntimeException e) {
          LOG.log(Level.WARNING, "Learning the lexicon failed; searches go on with the one learned before", e);
        } finally {
          learning.set(false);
        }
      });
    } catch (RuntimeException e) {
      // Refused by a pool shutting down or full: searches go on, the next one asks again.
      learning.set(false);
      LOG.log(Level.WARNING, "Could not start learning the lexicon; searches go on with the one learned before", e);
    }
  }

  private Learned learn(IndexSearcher searcher) {
    long started = System.nanoTime();
    Lexicon lexicon = new LexiconLearner(index.analyzer()).learn(searcher);
    CompoundHeads compounds = CompoundHeads.of(searcher);
    NamesAcrossScripts names = NamesAcrossScripts.of(searcher);
    Learned learned = new Learned(searcher.getIndexReader(), lexicon, compounds, names, (System.nanoTime() - started) / 1_000_000);
    current = learned;
    LOG.log(Level.FINE, "Lexicon learned in {0} ms", learned.millis());
    kept.ifPresent(file -> {
      try {
        file.write(lexicon);
      } catch (IOException | UncheckedIOException e) {
        LOG.log(Level.WARNING, "Could not keep the lexicon in " + file.path() + "; the next start learns it again before its searches cross languages", e);
      }
    });
    return learned;
  }
}
