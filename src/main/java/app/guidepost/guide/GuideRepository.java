package app.guidepost.guide;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/** Finds and stores guides. */
@ApplicationScoped
public class GuideRepository {

  @PersistenceContext(unitName = "guidepost")
  private EntityManager entityManager;

  public Optional<StoredGuide> find(String slug) {
    return entityManager
        .createQuery("select g from StoredGuide g where g.slug = :slug", StoredGuide.class)
        .setParameter("slug", slug)
        .getResultStream()
        .findFirst();
  }

  /** Every guide with its texts, in slug order. */
  public List<StoredGuide> findAll() {
    return entityManager
        .createQuery("select distinct g from StoredGuide g left join fetch g.texts order by g.slug", StoredGuide.class)
        .getResultList();
  }

  public void add(StoredGuide guide) {
    entityManager.persist(guide);
  }
}
