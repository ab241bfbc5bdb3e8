package app.guidepost.editing;

import app.guidepost.article.Article;
import app.guidepost.article.ArticleRepository;
import app.guidepost.article.Translation;
import app.guidepost.guide.GuideCatalog;
import app.guidepost.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the translations of one language stand, for editors: per article and guide, whether the
 * language is its source, or its translation is missing, out of date or up to date.
 */
@ApplicationScoped
public class Localization {

  @Inject ArticleRepository articles;
  @Inject GuideCatalog guides;

  /** The state of one language's translation of one article or guide. */
  public enum Status {
    SOURCE, MISSING, OUTDATED, UP_TO_DATE;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
  }

  /** One article or guide; {@code status} is a {@link Status} code. */
  public record Item(String type, String slug, String title, String source, String status, Integer sourceRevision, Integer translatedFrom) {
    Item(String type, String slug, String title, String source, Status status, Integer sourceRevision, Integer translatedFrom) {
      this(type, slug, title, source, status.code(), sourceRevision, translatedFrom);
    }
  }

  public List<Item> overview(Language language) {
    List<Item> items = new ArrayList<>();
    for (Article article : articles.findAll()) {
      Optional<Translation> source = article.sourceTranslation();
      if (source.isEmpty()) {
        continue;
      }
      Translation original = source.get();
      Integer sourceRevision = original.publishedRevision().orElse(null);
      Optional<Translation> own = article.translation(language).filter(Translation::isPublished);
      Status status = original.language() == language ? Status.SOURCE
          : own.isEmpty() ? Status.MISSING
          : own.get().isOutdated().orElse(false) ? Status.OUTDATED
          : Status.UP_TO_DATE;
      items.add(new Item("article", article.slug().value(), original.title(), original.language().code(), status, sourceRevision,
          own.filter(t -> status != Status.SOURCE).flatMap(Translation::sourceRevision).orElse(null)));
    }
    for (GuideCatalog.PublishedGuide guide : guides.guides().values()) {
      Language source = guide.guide().source();
      boolean has = guide.texts().containsKey(language);
      Status status = source == language ? Status.SOURCE
          : !has ? Status.MISSING
          : guide.isOutdated(language).orElse(false) ? Status.OUTDATED
          : Status.UP_TO_DATE;
      items.add(new Item("guide", guide.guide().slug(), guide.texts().get(source).title(), source.code(), status,
          guide.revisions().get(source), has && status != Status.SOURCE ? guide.texts().get(language).sourceRevision().orElse(null) : null));
    }
    return items;
  }
}
