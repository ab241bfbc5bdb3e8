package app.guidepost.article;

import app.guidepost.i18n.Language;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.CacheRetrieveMode;
import jakarta.persistence.CacheStoreMode;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Finds and stores articles. Finders return {@link Optional}, never null. */
@ApplicationScoped
public class ArticleRepository {

  @PersistenceContext(unitName = "guidepost")
  private EntityManager entityManager;

  public Optional<Article> find(Slug slug) {
    return entityManager
        .createQuery("select a from Article a where a.slug = :slug", Article.class)
        .setParameter("slug", slug.value())
        .getResultStream()
        .findFirst();
  }

  /**
   * Whether readers without an account may read the article {@code slug}: it has a published
   * translation and no published translation makes it internal. One query, which costs the same
   * for an internal article as for one that does not exist, so a reader cannot tell them apart by
   * the time of the answer; only then is the article itself loaded.
   */
  public boolean isPublic(Slug slug) {
    Object[] row = entityManager
        .createQuery("select count(t), sum(case when t.audience = :public then 0 else 1 end) from Translation t"
            + " where t.article.slug = :slug and t.publishedRevision is not null and t.article.retiredAt is null", Object[].class)
        .setParameter("slug", slug.value())
        .setParameter("public", Audience.PUBLIC)
        .getSingleResult();
    long published = ((Number) row[0]).longValue();
    return published > 0 && (row[1] == null || ((Number) row[1]).longValue() == 0);
  }

  /**
   * The article as the database holds it now, read past the shared cache and written back into
   * it. For whoever must not act on a stale copy: the index applying a change, an editor saving
   * on top of a revision. A reader that loaded the article just before a change committed can
   * put that older copy into the cache after the change evicted it; this read replaces it.
   */
  public Optional<Article> findFresh(Slug slug) {
    return entityManager
        .createQuery("select distinct a from Article a left join fetch a.translations where a.slug = :slug", Article.class)
        .setParameter("slug", slug.value())
        .setHint("jakarta.persistence.cache.retrieveMode", CacheRetrieveMode.BYPASS)
        .setHint("jakarta.persistence.cache.storeMode", CacheStoreMode.REFRESH)
        .setHint("eclipselink.refresh", "true")
        .setHint("eclipselink.refresh.cascade", "CascadeAllParts")
        .getResultStream()
        .findFirst();
  }

  /** Every article with its translations loaded, in slug order. */
  public List<Article> findAll() {
    return entityManager
        .createQuery(
            "select distinct a from Article a left join fetch a.translations order by a.slug", Article.class)
        .getResultList();
  }

  /** One translation without its texts: what status lists need. */
  public record TranslationState(String slug, Language language, String title, Optional<Language> translationOf, Optional<Integer> sourceRevision,
      Optional<Integer> publishedRevision, WorkflowState state, boolean retired) {}

  /**
   * Every translation's state, in slug order, in one query that reads no text: the localization
   * overview and the editor's list cost a row per translation, not an entity with its body and
   * revisions.
   */
  public List<TranslationState> translationStates() {
    return entityManager
        .createQuery("select a.slug, t.language, t.title, t.translationOf, t.sourceRevision, t.publishedRevision, t.state, a.retiredAt "
            + "from Translation t join t.article a order by a.slug", Object[].class)
        .getResultStream()
        .map(ArticleRepository::translationState)
        .toList();
  }

  /** The states of the translations of the articles with these slugs (no rows for those that no longer exist), as {@link #translationStates()}. */
  public List<TranslationState> translationStates(Collection<String> slugs) {
    List<TranslationState> states = new ArrayList<>();
    List<String> all = List.copyOf(slugs);
    // A bounded IN list per query: databases limit how many parameters one statement takes.
    for (int from = 0; from < all.size(); from += 500) {
      entityManager
          .createQuery("select a.slug, t.language, t.title, t.translationOf, t.sourceRevision, t.publishedRevision, t.state, a.retiredAt "
              + "from Translation t join t.article a where a.slug in :slugs", Object[].class)
          .setParameter("slugs", all.subList(from, Math.min(all.size(), from + 500)))
          .getResultStream()
          .map(ArticleRepository::translationState)
          .forEach(states::add);
    }
    return states;
  }

  private static TranslationState translationState(Object[] row) {
    return new TranslationState((String) row[0], (Language) row[1], (String) row[2], Optional.ofNullable((Language) row[3]),
        Optional.ofNullable((Integer) row[4]), Optional.ofNullable((Integer) row[5]), (WorkflowState) row[6], row[7] != null);
  }

  /** The ids of every article in slug order: a whole-corpus pass reads them a page at a time from these. */
  public List<Long> ids() {
    return entityManager.createQuery("select a.id from Article a order by a.slug", Long.class).getResultList();
  }

  /**
   * The articles with these ids, their translations and tags loaded in three queries, in slug
   * order. Read past the shared cache: a pass over the whole corpus would otherwise fill it with
   * articles nobody is reading and push out those they are.
   */
  public List<Article> findWithTranslations(Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return entityManager
        .createQuery("select distinct a from Article a left join fetch a.translations where a.id in :ids order by a.slug", Article.class)
        .setParameter("ids", ids)
        .setHint("jakarta.persistence.cache.storeMode", CacheStoreMode.BYPASS)
        .setHint("eclipselink.batch", "a.translations.tags")
        .setHint("eclipselink.batch.type", "IN")
        .getResultList();
  }

  /** The articles with these slugs that exist, their translations loaded: for work on a batch of them. */
  public Map<Slug, Article> findAll(Set<Slug> slugs) {
    if (slugs.isEmpty()) {
      return Map.of();
    }
    return entityManager
        .createQuery("select distinct a from Article a left join fetch a.translations where a.slug in :slugs", Article.class)
        .setParameter("slugs", slugs.stream().map(Slug::value).toList())
        .setHint("eclipselink.batch", "a.translations.tags")
        .setHint("eclipselink.batch.type", "IN")
        .getResultStream()
        .collect(Collectors.toMap(Article::slug, article -> article));
  }

  /** Lets go of every article read so far in this transaction, so a long pass holds one page at a time. */
  public void forgetLoaded() {
    entityManager.clear();
  }

  public void add(Article article) {
    entityManager.persist(article);
  }

  /** A round trip to the database, for readiness. */
  public boolean answers() {
    return entityManager.createQuery("select count(a) from Article a", Long.class).getSingleResult() >= 0;
  }
}
