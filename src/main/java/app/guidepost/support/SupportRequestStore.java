package app.guidepost.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The delivery bookkeeping, each step in its own transaction: which requests are due, claiming
 * one (a lease, so that no other instance sends it at the same time), and recording the answer.
 */
@ApplicationScoped
public class SupportRequestStore {

  @PersistenceContext(unitName = "guidepost")
  EntityManager entityManager;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Long> due(OffsetDateTime now, int max) {
    return entityManager.createQuery(
            "select r.id from SupportRequest r where r.state = :pending and r.nextAttemptAt <= :now"
                + " and (r.leaseUntil is null or r.leaseUntil < :now) order by r.nextAttemptAt", Long.class)
        .setParameter("pending", SupportRequest.PENDING)
        .setParameter("now", now)
        .setMaxResults(max)
        .getResultList();
  }

  /** Claims a due request until {@code until}; empty when another instance claimed or delivered it first. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<SupportRequest> claim(long id, OffsetDateTime now, OffsetDateTime until) {
    int claimed = entityManager.createQuery(
            "update SupportRequest r set r.leaseUntil = :until where r.id = :id and r.state = :pending"
                + " and (r.leaseUntil is null or r.leaseUntil < :now)")
        .setParameter("until", until)
        .setParameter("id", id)
        .setParameter("pending", SupportRequest.PENDING)
        .setParameter("now", now)
        .executeUpdate();
    if (claimed != 1) {
      return Optional.empty();
    }
    SupportRequest request = entityManager.find(SupportRequest.class, id);
    entityManager.refresh(request);
    return Optional.of(request);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void delivered(long id, OffsetDateTime at) {
    entityManager.find(SupportRequest.class, id).delivered(at);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(long id, String error, OffsetDateTime at, Duration wait) {
    entityManager.find(SupportRequest.class, id).failed(error, at, wait);
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long pending() {
    return entityManager.createQuery("select count(r) from SupportRequest r where r.state = :pending", Long.class)
        .setParameter("pending", SupportRequest.PENDING)
        .getSingleResult();
  }
}
