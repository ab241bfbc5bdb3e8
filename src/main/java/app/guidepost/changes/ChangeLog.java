package app.guidepost.changes;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/** Records changes in the caller's transaction and reads them back in order. */
@ApplicationScoped
public class ChangeLog {

  @PersistenceContext(unitName = "guidepost")
  EntityManager entityManager;

  @Inject Clock clock;

  /** Records a change; only in the transaction that makes it, so that both commit or neither. */
  @Transactional(Transactional.TxType.MANDATORY)
  public void record(ChangeKind kind, String slug) {
    entityManager.persist(new ChangeLogEntry(kind, slug, OffsetDateTime.now(clock)));
  }

  /** Entries numbered above {@code position}, in order, at most {@code max}. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<ChangeLogEntry> after(long position, int max) {
    return entityManager.createQuery("select e from ChangeLogEntry e where e.seq > :position order by e.seq", ChangeLogEntry.class)
        .setParameter("position", position)
        .setMaxResults(max)
        .getResultList();
  }

  /** Entries recorded since a moment, in order: a look back over changes that may have committed late. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<ChangeLogEntry> since(OffsetDateTime moment, int max) {
    return entityManager.createQuery("select e from ChangeLogEntry e where e.createdAt >= :moment order by e.seq", ChangeLogEntry.class)
        .setParameter("moment", moment)
        .setMaxResults(max)
        .getResultList();
  }

  /** The highest number handed out and committed so far; 0 for an empty log. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public long head() {
    return Optional.ofNullable(entityManager.createQuery("select max(e.seq) from ChangeLogEntry e", Long.class).getSingleResult()).orElse(0L);
  }

  /**
   * Where the log stands: its highest and lowest numbers and how many entries it holds. Any
   * change committed since, on any instance, changes it: a new number raises the head; one given
   * a lower number that committed late grows the count; and removing old entries raises the
   * lowest number, so a late commit and a removal in the same interval cannot cancel out. For
   * caches of what the database holds: the same state means nothing changed.
   */
  public record State(long head, long entries, long oldest) {}

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public State state() {
    Object[] row = entityManager.createQuery("select max(e.seq), count(e), min(e.seq) from ChangeLogEntry e", Object[].class).getSingleResult();
    return new State(number(row[0]), ((Number) row[1]).longValue(), number(row[2]));
  }

  private static long number(Object value) {
    return value == null ? 0L : ((Number) value).longValue();
  }

  /** The lowest number still kept; empty for an empty log. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public Optional<Long> oldest() {
    return Optional.ofNullable(entityManager.createQuery("select min(e.seq) from ChangeLogEntry e", Long.class).getSingleResult());
  }

  /**
   * Forgets entries older than a moment, but never the newest: an index at the head must still
   * be able to tell that it is current. Returns how many were removed.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int prune(OffsetDateTime before) {
    long head = head();
    return entityManager.createQuery("delete from ChangeLogEntry e where e.createdAt < :before and e.seq < :head")
        .setParameter("head", head)
        .setParameter("before", before)
        .executeUpdate();
  }
}
