package app.guidepost.content;

import app.guidepost.article.Article;
import app.guidepost.article.ArticleRepository;
import app.guidepost.article.Edit;
import app.guidepost.article.RevisionOrigin;
import app.guidepost.article.Slug;
import app.guidepost.article.Translation;
import app.guidepost.article.TranslationContent;
import app.guidepost.audit.AuditLog;
import app.guidepost.changes.ChangeKind;
import app.guidepost.changes.ChangeLog;
import app.guidepost.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/** Stores imported files: each all or none, alone or in a batch that is all or none. */
@ApplicationScoped
public class TranslationStore {

  @Inject ArticleRepository articles;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject ChangeLog changes;

  /** One parsed file to store. */
  public record Item(Slug slug, Language language, TranslationContent content) {}

  /**
   * Stores many files in one transaction, all or none: an import of thousands of files commits
   * (and writes to disk) once per batch instead of once per file. The caller stores a failed
   * batch file by file, so that one bad file never keeps the others out.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<StoreOutcome> storeAll(List<Item> items) {
    List<StoreOutcome> outcomes = new ArrayList<>();
    for (Item item : items) {
      outcomes.add(storeOne(item.slug(), item.language(), item.content()));
    }
    return outcomes;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public StoreOutcome store(Slug slug, Language language, TranslationContent content) {
    return storeOne(slug, language, content);
  }

  private StoreOutcome storeOne(Slug slug, Language language, TranslationContent content) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    Article article =
        articles
            .find(slug)
            .orElseGet(
                () -> {
                  Article created = new Article(slug, now);
                  articles.add(created);
                  return created;
                });
    StoreOutcome outcome = article
        .translation(language)
        .map(existing -> existing.revise(content, RevisionOrigin.IMPORT, now).isPresent() ? StoreOutcome.REVISED : StoreOutcome.UNCHANGED)
        .orElseGet(
            () -> {
              article.addTranslation(language, content, Edit.imported(), now);
              return StoreOutcome.CREATED;
            });
    if (outcome != StoreOutcome.UNCHANGED) {
      Translation translation = article.translation(language).orElseThrow();
      audit.record(AuditLog.SYSTEM, "translation.import", "article:" + slug.value() + "/" + language.code(),
          "revision " + translation.currentRevision() + " from the content folder");
      changes.record(ChangeKind.ARTICLE, slug.value());
    }
    return outcome;
  }
}
