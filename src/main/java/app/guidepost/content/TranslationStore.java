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

/** Stores one imported file in its own transaction: all of it, or none of it. */
@ApplicationScoped
public class TranslationStore {

  @Inject ArticleRepository articles;
  @Inject Clock clock;
  @Inject AuditLog audit;
  @Inject ChangeLog changes;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public StoreOutcome store(Slug slug, Language language, TranslationContent content) {
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
