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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

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
    // The batch's articles in one query, not one per file; and one change-log entry per
    // article changed, however many of its languages changed.
    Map<Slug, Article> known = new HashMap<>(articles.findAll(items.stream().map(Item::slug).collect(Collectors.toSet())));
    Set<Slug> changed = new LinkedHashSet<>();
    List<StoreOutcome> outcomes = new ArrayList<>();
    for (Item item : items) {
      StoreOutcome outcome = storeOne(known, item.slug(), item.language(), item.content());
      if (outcome != StoreOutcome.UNCHANGED) {
        changed.add(item.slug());
      }
      outcomes.add(outcome);
    }
    changed.forEach(slug -> changes.record(ChangeKind.ARTICLE, slug.value()));
    return outcomes;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public StoreOutcome store(Slug slug, Language language, TranslationContent content) {
    Map<Slug, Article> known = new HashMap<>();
    articles.find(slug).ifPresent(article -> known.put(slug, article));
    StoreOutcome outcome = storeOne(known, slug, language, content);
    if (outcome != StoreOutcome.UNCHANGED) {
      changes.record(ChangeKind.ARTICLE, slug.value());
    }
    return outcome;
  }

  private StoreOutcome storeOne(Map<Slug, Article> known, Slug slug, Language language, TranslationContent content) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    Article article =
        known.computeIfAbsent(
            slug,
            absent -> {
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
    }
    return outcome;
  }
}
