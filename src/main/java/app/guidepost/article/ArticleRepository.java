package app.guidepost.article;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

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

  /** Every article with its translations loaded, in slug order. */
  public List<Article> findAll() {
    return entityManager
        .createQuery(
            "select distinct a from Article a left join fetch a.translations order by a.slug", Article.class)
        .getResultList();
  }

  public void add(Article article) {
    entityManager.persist(article);
  }

  /** A round trip to the database, for readiness. */
  public boolean answers() {
    return entityManager.createQuery("select count(a) from Article a", Long.class).getSingleResult() >= 0;
  }
}
