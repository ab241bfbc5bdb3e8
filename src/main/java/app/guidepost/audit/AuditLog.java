package app.guidepost.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;

/** Writes and reads the audit log. */
@ApplicationScoped
public class AuditLog {

  /** The actor of changes nobody signed in made: imports and start-up. */
  public static final String SYSTEM = "system";

  @PersistenceContext(unitName = "guidepost")
  EntityManager entityManager;

  @Inject Clock clock;

  /** Records a change in the caller's transaction, which must exist: no change, no event. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(String actor, String action, String target, String detail) {
    // The detail may quote what someone typed (a revision message): kept on one line, without
    // invisible or control characters, so that the log reads as it is stored.
    entityManager.persist(new AuditEvent(OffsetDateTime.now(clock), actor, action, target,
        detail == null ? null : app.guidepost.text.UnsafeCharacters.replacedInLine(detail)));
  }

  /** The newest events first, before {@code beforeId} when given (for paging). */
  public List<AuditEvent> newest(int limit, Long beforeId) {
    var query = beforeId == null
        ? entityManager.createQuery("select e from AuditEvent e order by e.id desc", AuditEvent.class)
        : entityManager.createQuery("select e from AuditEvent e where e.id < :before order by e.id desc", AuditEvent.class)
            .setParameter("before", beforeId);
    return query.setMaxResults(limit).getResultList();
  }
}
