package app.guidepost.search;

import app.guidepost.article.Article;
import app.guidepost.article.ArticleRepository;
import app.guidepost.article.Translation;
import app.guidepost.guide.GuideCatalog;
import app.guidepost.guide.GuideStep;
import app.guidepost.guide.GuideTexts;
import app.guidepost.changes.ChangeLog;
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
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

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
    List<Article> all = articles.findAll();
    List<IndexedTranslation> documents = allDocuments(all);
    index.replaceAll(documents, head);
    suggestions.replace(new Suggestions(suggestionEntries(all)));
    LOG.log(
        Level.INFO,
        "Search index rebuilt from the database: {0} documents in {1} ms, at change {2}",
        new Object[] {documents.size(), (System.nanoTime() - started) / 1_000_000, head});
    return head;
  }

  /** A whole new index from the database, built beside the served one, at the log's head read first. */
  public record Rebuilt(ArticleIndex.Prepared index, long position, int documents) {}

  /** Builds a whole new index beside the served one; {@link IndexFollower} swaps it in. */
  @Transactional
  public Rebuilt prepareRebuild() throws IOException {
    long head = changeLog.head();
    List<Article> all = articles.findAll();
    List<IndexedTranslation> documents = allDocuments(all);
    ArticleIndex.Prepared prepared = index.prepareAside(documents, head);
    suggestions.replace(new Suggestions(suggestionEntries(all)));
    return new Rebuilt(prepared, head, documents.size());
  }

  /** Serves a prepared rebuild from now on. */
  public void swapIn(Rebuilt rebuilt) throws IOException {
    index.swapIn(rebuilt.index());
  }

  private List<IndexedTranslation> allDocuments(List<Article> all) {
    List<IndexedTranslation> documents = new ArrayList<>();
    for (Article article : all) {
      documents.addAll(documents(article));
    }
    for (GuideCatalog.PublishedGuide guide : guides.guides().values()) {
      documents.addAll(documents(guide));
    }
    return documents;
  }

  /** The suggestions rebuilt from the database, for an index that is already current. */
  @Transactional
  public void refreshSuggestions() {
    suggestions.replace(new Suggestions(suggestionEntries(articles.findAll())));
  }

  /**
   * Brings the documents of the articles and guides that changed, and the suggestions, in step
   * with the database, recording {@code position} in the same index commit.
   */
  @Transactional
  public void apply(Set<Changed> changed, long position) throws IOException {
    List<Article> all = articles.findAll();
    List<ArticleIndex.Replacement> replacements = new ArrayList<>();
    for (Changed change : changed) {
      if (change.guide()) {
        replacements.add(new ArticleIndex.Replacement(change.slug(), IndexedTranslation.GUIDE,
            guides.guide(change.slug()).map(this::documents).orElse(List.of())));
      } else {
        replacements.add(new ArticleIndex.Replacement(change.slug(), IndexedTranslation.ARTICLE,
            all.stream().filter(a -> a.slug().value().equals(change.slug())).findFirst().map(this::documents).orElse(List.of())));
      }
    }
    index.apply(replacements, position);
    if (!changed.isEmpty()) {
      suggestions.replace(new Suggestions(suggestionEntries(all)));
    }
  }

  /** An article or a guide whose documents must follow the database. */
  public record Changed(String slug, boolean guide) {}

  private List<Suggestions.Entry> suggestionEntries(List<Article> all) {
    List<Suggestions.Entry> entries = new ArrayList<>();
    for (Article article : all) {
      for (Translation translation : article.published()) {
        entries.add(new Suggestions.Entry(
            article.slug().value(), translation.language(), translation.title(), article.audience(), serves(article, translation)));
      }
    }
    for (GuideCatalog.PublishedGuide guide : guides.guides().values()) {
      for (GuideTexts texts : guide.texts().values()) {
        entries.add(new Suggestions.Entry(guide.guide().slug(), texts.language(), texts.title(), guide.guide().audience(),
            serves(guide, texts.language()), IndexedTranslation.GUIDE));
      }
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
              serves));
    }
    return documents;
  }
}
