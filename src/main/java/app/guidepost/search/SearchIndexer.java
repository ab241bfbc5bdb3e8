package app.guidepost.search;

import app.guidepost.article.Article;
import app.guidepost.article.ArticleRepository;
import app.guidepost.article.Translation;
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
 * Keeps the index in step with the database, the source of truth. At start it reuses the index
 * on disk only if it was built from the database's current state; otherwise it rebuilds it.
 */
@ApplicationScoped
public class SearchIndexer {

  private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());

  @Inject ArticleRepository articles;
  @Inject ArticleIndex index;
  @Inject FallbackChains fallbackChains;
  @Inject SuggestionsHolder suggestions;

  /** Opens the index in {@code folder} and rebuilds it if it is missing, corrupt or stale. */
  @Transactional
  public void openAndSynchronize(Path folder) throws IOException {
    Optional<String> builtFrom = index.open(folder);
    String current = articles.contentFingerprint();
    List<Article> all = articles.findAll();
    suggestions.replace(new Suggestions(suggestionEntries(all)));
    if (builtFrom.isPresent() && builtFrom.get().equals(current)) {
      LOG.log(Level.INFO, "Search index in {0} is up to date ({1} documents)", new Object[] {folder, index.documentCount()});
      return;
    }
    rebuild(current, all);
  }

  /** Rebuilds the whole index and the suggestions from the database in one commit. */
  @Transactional
  public void rebuild() throws IOException {
    String fingerprint = articles.contentFingerprint();
    List<Article> all = articles.findAll();
    suggestions.replace(new Suggestions(suggestionEntries(all)));
    rebuild(fingerprint, all);
  }

  private void rebuild(String fingerprint, List<Article> all) throws IOException {
    long started = System.nanoTime();
    List<IndexedTranslation> documents = new ArrayList<>();
    for (Article article : all) {
      documents.addAll(documents(article));
    }
    index.replaceAll(documents, fingerprint);
    LOG.log(
        Level.INFO,
        "Search index rebuilt from the database: {0} documents in {1} ms",
        new Object[] {documents.size(), (System.nanoTime() - started) / 1_000_000});
  }

  private List<Suggestions.Entry> suggestionEntries(List<Article> all) {
    List<Suggestions.Entry> entries = new ArrayList<>();
    for (Article article : all) {
      for (Translation translation : article.translations()) {
        entries.add(new Suggestions.Entry(
            article.slug().value(), translation.language(), translation.title(), article.audience(), serves(article, translation)));
      }
    }
    return entries;
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
    for (Translation translation : article.translations()) {
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
