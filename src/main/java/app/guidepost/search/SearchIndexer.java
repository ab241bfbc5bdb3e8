package app.guidepost.search;

import app.guidepost.article.Article;
import app.guidepost.article.ArticleRepository;
import app.guidepost.article.Translation;
import app.guidepost.guide.GuideCatalog;
import app.guidepost.guide.GuideStep;
import app.guidepost.guide.GuideTexts;
import app.guidepost.platform.Sha256;
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
 * Keeps the index in step with the database, the source of truth: articles, and the published
 * guides (built from the database by the import). At start it reuses the index on disk only if
 * it was built from the current state of both; otherwise it rebuilds it.
 */
@ApplicationScoped
public class SearchIndexer {

  private static final Logger LOG = Logger.getLogger(SearchIndexer.class.getName());

  @Inject ArticleRepository articles;
  @Inject ArticleIndex index;
  @Inject FallbackChains fallbackChains;
  @Inject SuggestionsHolder suggestions;
  @Inject GuideCatalog guides;

  /** Opens the index in {@code folder} and rebuilds it if it is missing, corrupt or stale. */
  @Transactional
  public void openAndSynchronize(Path folder) throws IOException {
    Optional<String> builtFrom = index.open(folder);
    String current = fingerprint();
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
    String fingerprint = fingerprint();
    List<Article> all = articles.findAll();
    suggestions.replace(new Suggestions(suggestionEntries(all)));
    rebuild(fingerprint, all);
  }

  /** Brings one article's documents and the suggestions in step with the database, after an edit. */
  @Transactional
  public void reindexArticle(String slug) throws IOException {
    List<Article> all = articles.findAll();
    List<IndexedTranslation> documents = all.stream().filter(a -> a.slug().value().equals(slug)).findFirst()
        .map(this::documents).orElse(List.of());
    index.replaceArticle(slug, documents, fingerprint());
    suggestions.replace(new Suggestions(suggestionEntries(all)));
  }

  /** Brings one guide's documents in step with the published catalog, after its texts were edited. */
  @Transactional
  public void reindexGuide(String slug) throws IOException {
    List<IndexedTranslation> documents = guides.guide(slug).map(this::documents).orElse(List.of());
    index.replaceGuide(slug, documents, fingerprint());
  }

  private void rebuild(String fingerprint, List<Article> all) throws IOException {
    long started = System.nanoTime();
    List<IndexedTranslation> documents = new ArrayList<>();
    for (Article article : all) {
      documents.addAll(documents(article));
    }
    for (GuideCatalog.PublishedGuide guide : guides.guides().values()) {
      documents.addAll(documents(guide));
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

  /** The state of the database the index reflects: the articles' and the published guides' revisions. */
  private String fingerprint() {
    StringBuilder published = new StringBuilder();
    guides.guides().values().forEach(g -> published.append(g.guide().slug()).append(':').append(g.shapeRevision()).append(g.revisions()).append(';'));
    return articles.contentFingerprint() + "|" + Sha256.hex(published.toString());
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
