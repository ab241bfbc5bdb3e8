package app.guidepost.search;

import app.guidepost.article.Article;
import app.guidepost.article.ArticleRepository;
import app.guidepost.article.Slug;
import app.guidepost.article.Translation;
import app.guidepost.changes.ChangeLog;
import app.guidepost.guide.GuideCatalog;
import app.guidepost.guide.GuideStep;
import app.guidepost.guide.GuideTexts;
import app.guidepost.i18n.FallbackChains;
import app.guidepost.i18n.Language;
import app.guidepost.render.MarkdownRenderer;
import app.guidepost.search.index.ArticleIndex;
import app.guidepost.search.index.IndexedTranslation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Builds the index from the database, the source of truth: articles, and the published guides
 * (built from the database by the import). Each commit records the change-log position it
 * reflects, from which {@link IndexFollower} goes on.
 */
@ApplicationScoped
public class SearchIndexer {

  private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());

  @Inject ArticleRepository articles;
  @Inject ArticleIndex index;
  @Inject FallbackChains fallbackChains;
  @Inject SuggestionsHolder suggestions;
  @Inject GuideCatalog guides;
  @Inject ChangeLog changeLog;

  /** Opens the index in {@code folder}: the change-log position it reflects, empty when it must be rebuilt. */
  public Optional<Long> open(Path folder) throws IOException {
    return index.open(folder);
  }

  /**
   * Rebuilds the whole index and the suggestions from the database in one commit. The position
   * recorded is the log's head as read before the content, so a change committed meanwhile is
   * applied once more by the follower rather than missed.
   *
   * @return the position the rebuilt index reflects
   */
  @Transactional
  public long rebuild() throws IOException {
    long started = System.nanoTime();
    long head = changeLog.head();
    Corpus corpus = new Corpus();
    int documents = index.replaceAll(corpus::read, head);
    suggestions.replace(new Suggestions(corpus.titles()));
    LOG.log(
        Level.INFO,
        "Search index rebuilt from the database: {0} documents in {1} ms, at change {2}",
        new Object[] {documents, (System.nanoTime() - started) / 1_000_000, head});
    return head;
  }

  /** A whole new index from the database, built beside the served one, at the log's head read first. */
  public record Rebuilt(ArticleIndex.Prepared index, long position, int documents) {}

  /** Builds a whole new index beside the served one; {@link IndexFollower} swaps it in. */
  @Transactional
  public Rebuilt prepareRebuild() throws IOException {
    long head = changeLog.head();
    Corpus corpus = new Corpus();
    ArticleIndex.Prepared prepared = index.prepareAside(corpus::read, head);
    suggestions.replace(new Suggestions(corpus.titles()));
    return new Rebuilt(prepared, head, prepared.documents());
  }

  /** Serves a prepared rebuild from now on. */
  public void swapIn(Rebuilt rebuilt) throws IOException {
    index.swapIn(rebuilt.index());
  }

  /** Articles read from the database in pages of this many: a rebuild's memory does not grow with the corpus. */
  static final int PAGE = 500;

  /**
   * One pass over every article and published guide, a page at a time, yielding their
   * documents and collecting the suggestion entries on the way (the titles are small; the
   * bodies are what must not be held all at once).
   */
  private final class Corpus {
    private final List<Suggestions.Entry> entries = new ArrayList<>();

    Iterator<IndexedTranslation> read() {
      List<Long> ids = articles.ids();
      Stream<IndexedTranslation> ofArticles = IntStream.iterate(0, from -> from < ids.size(), from -> from + PAGE)
          .mapToObj(from -> ids.subList(from, Math.min(ids.size(), from + PAGE)))
          .flatMap(page -> {
            List<Article> loaded = articles.findWithTranslations(page);
            List<IndexedTranslation> documents = new ArrayList<>();
            for (Article article : loaded) {
              documents.addAll(documents(article));
              entries.addAll(suggestionEntries(article));
            }
            articles.forgetLoaded();
            return documents.stream();
          });
      Stream<IndexedTranslation> ofGuides = guides.guides().values().stream().flatMap(guide -> {
        entries.addAll(suggestionEntries(guide));
        return documents(guide).stream();
      });
      return Stream.concat(ofArticles, ofGuides).iterator();
    }

    /** Complete once {@link #read()} has been read to the end. */
    List<Suggestions.Entry> titles() {
      return entries;
    }
  }

  /** The suggestions rebuilt from the database, for an index that is already current. */
  @Transactional
  public void refreshSuggestions() {
    Corpus corpus = new Corpus();
    corpus.read().forEachRemaining(document -> {});
    suggestions.replace(new Suggestions(corpus.titles()));
  }

  /**
   * Brings the documents of the articles and guides that changed, and the suggestions, in step
   * with the database, recording {@code position} in the same index commit. Reads only what
   * changed: an edit costs the same on five articles as on a hundred thousand.
   */
  @Transactional
  public void apply(Set<Changed> changed, long position) throws IOException {
    List<ArticleIndex.Replacement> replacements = new ArrayList<>();
    Map<Suggestions.Key, List<Suggestions.Entry>> entries = new HashMap<>();
    for (Changed change : changed) {
      if (change.guide()) {
        Optional<GuideCatalog.PublishedGuide> guide = guides.guide(change.slug());
        replacements.add(new ArticleIndex.Replacement(change.slug(), IndexedTranslation.GUIDE, guide.map(this::documents).orElse(List.of())));
        entries.put(new Suggestions.Key(change.slug(), IndexedTranslation.GUIDE), guide.map(this::suggestionEntries).orElse(List.of()));
      } else {
        Optional<Article> article = articles.findFresh(new Slug(change.slug()));
        replacements.add(new ArticleIndex.Replacement(change.slug(), IndexedTranslation.ARTICLE, article.map(this::documents).orElse(List.of())));
        entries.put(new Suggestions.Key(change.slug(), IndexedTranslation.ARTICLE), article.map(this::suggestionEntries).orElse(List.of()));
      }
    }
    index.apply(replacements, position);
    if (!changed.isEmpty()) {
      suggestions.replace(suggestions.current().replacing(entries));
    }
  }

  /** An article or a guide whose documents must follow the database. */
  public record Changed(String slug, boolean guide) {}

  private List<Suggestions.Entry> suggestionEntries(Article article) {
    List<Suggestions.Entry> entries = new ArrayList<>();
    for (Translation translation : article.published()) {
      entries.add(new Suggestions.Entry(
          article.slug().value(), translation.language(), translation.title(), article.audience(), serves(article, translation)));
    }
    return entries;
  }

  private List<Suggestions.Entry> suggestionEntries(GuideCatalog.PublishedGuide guide) {
    List<Suggestions.Entry> entries = new ArrayList<>();
    for (GuideTexts texts : guide.texts().values()) {
      entries.add(new Suggestions.Entry(guide.guide().slug(), texts.language(), texts.title(), guide.guide().audience(),
          serves(guide, texts.language()), IndexedTranslation.GUIDE));
    }
    return entries;
  }

  /** The reader languages for which the guide's texts in {@code language} are the ones shown. */
  private Set<Language> serves(GuideCatalog.PublishedGuide guide, Language language) {
    Set<Language> serves = EnumSet.noneOf(Language.class);
    for (Language reader : Language.values()) {
      if (guide.textsFor(reader, fallbackChains.chainFor(reader)).language() == language) {
        serves.add(reader);
      }
    }
    return serves;
  }

  /** A guide in each of its languages: title, summary, and every step's title, text and choices. */
  List<IndexedTranslation> documents(GuideCatalog.PublishedGuide guide) {
    List<IndexedTranslation> documents = new ArrayList<>();
    for (GuideTexts texts : guide.texts().values()) {
      StringBuilder body = new StringBuilder();
      for (GuideStep step : guide.guide().steps()) {
        GuideTexts.StepText text = texts.steps().get(step.id());
        body.append(text.title()).append('\n').append(MarkdownRenderer.plainText(text.body())).append('\n');
        step.choices().forEach(choice -> body.append(text.choices().get(choice.id())).append('\n'));
      }
      documents.add(new IndexedTranslation(
          guide.guide().slug(), texts.language(), texts.title(), texts.summary(), Optional.empty(), List.of(), guide.guide().audience(),
          body.toString().strip(), serves(guide, texts.language()), IndexedTranslation.GUIDE));
    }
    return documents;
  }

  /** The reader languages for which {@code translation} is the one shown. */
  private Set<Language> serves(Article article, Translation translation) {
    Set<Language> serves = EnumSet.noneOf(Language.class);
    for (Language reader : Language.values()) {
      article
          .bestTranslationFor(reader, fallbackChains.chainFor(reader))
          .filter(best -> best.language() == translation.language())
          .ifPresent(best -> serves.add(reader));
    }
    return serves;
  }

  List<IndexedTranslation> documents(Article article) {
    List<IndexedTranslation> documents = new ArrayList<>();
    for (Translation translation : article.published()) {
      Set<Language> serves = serves(article, translation);
      documents.add(
          new IndexedTranslation(
              article.slug().value(),
              translation.language(),
              translation.title(),
              translation.summary(),
              translation.category().map(Object::toString),
              translation.tags(),
              article.audience(),
              MarkdownRenderer.plainText(translation.body()),
              serves,
              IndexedTranslation.ARTICLE,
              Optional.of(translation.updatedAt().toInstant())));
    }
    return documents;
  }
}
