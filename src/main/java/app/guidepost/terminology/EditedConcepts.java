package app.guidepost.terminology;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;

/** The concepts edited in Guidepost, as the database holds them now. */
@ApplicationScoped
public class EditedConcepts {

  @PersistenceContext(unitName = "guidepost")
  EntityManager entityManager;

  /** Every edited concept, retired ones included, by id. */
  @Transactional(Transactional.TxType.REQUIRED)
  public List<EditedConcept> all() {
    return entityManager.createQuery("select c from EditedConcept c order by c.id", EditedConcept.class).getResultList();
  }

  @Transactional(Transactional.TxType.REQUIRED)
  public Optional<EditedConcept> find(String id) {
    return Optional.ofNullable(entityManager.find(EditedConcept.class, id));
  }

  /** The concept locked until the caller's transaction ends, so that saves of it run one after the other. */
  @Transactional(Transactional.TxType.MANDATORY)
  public Optional<EditedConcept> findForUpdate(String id) {
    return Optional.ofNullable(entityManager.find(EditedConcept.class, id, LockModeType.PESSIMISTIC_WRITE));
  }

  @Transactional(Transactional.TxType.MANDATORY)
  public void add(EditedConcept concept) {
    entityManager.persist(concept);
  }

  /** Its revisions, oldest first, read in the caller's transaction (they load lazily). */
  @Transactional(Transactional.TxType.REQUIRED)
  public List<TermRevision> revisions(String id) {
    return entityManager.createQuery("select r from TermRevision r where r.concept.id = :id order by r.number", TermRevision.class)
        .setParameter("id", id).getResultList();
  }
}
