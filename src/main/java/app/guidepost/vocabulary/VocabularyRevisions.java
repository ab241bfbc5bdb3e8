package app.guidepost.vocabulary;

import app.guidepost.audit.AuditLog;
import app.guidepost.changes.ChangeKind;
import app.guidepost.changes.ChangeLog;
import app.guidepost.changes.VocabularyChanged;
import app.guidepost.platform.ProblemException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * The revisions of each vocabulary: the newest (the one in effect), the history, and a new one
 * saved on top of the one the editor started from, recorded in the change log (so every
 * instance takes it) and the audit log in the same transaction.
 */
@ApplicationScoped
public class VocabularyRevisions {

  @PersistenceContext(unitName = "guidepost")
  EntityManager entityManager;

  @Inject ChangeLog changes;
  @Inject AuditLog audit;
  @Inject Clock clock;
  @Inject jakarta.enterprise.event.Event<VocabularyChanged> changed;

  public Optional<VocabularyRevision> newest(Vocabulary vocabulary) {
    return entityManager.createQuery("select r from VocabularyRevision r where r.kind = :kind order by r.number desc", VocabularyRevision.class)
        .setParameter("kind", vocabulary.code())
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Every revision, newest first. */
  public List<VocabularyRevision> history(Vocabulary vocabulary) {
    return entityManager.createQuery("select r from VocabularyRevision r where r.kind = :kind order by r.number desc", VocabularyRevision.class)
        .setParameter("kind", vocabulary.code())
        .getResultList();
  }

  public Optional<VocabularyRevision> revision(Vocabulary vocabulary, int number) {
    return entityManager.createQuery("select r from VocabularyRevision r where r.kind = :kind and r.number = :number", VocabularyRevision.class)
        .setParameter("kind", vocabulary.code())
        .setParameter("number", number)
        .getResultStream()
        .findFirst();
  }

  /**
   * Saves {@code yaml}, already checked, as the next revision.
   *
   * @param basedOn the revision the editor started from (0: the content folder's file)
   * @throws StaleVocabularyException when another revision was saved since
   */
  @Transactional
  public VocabularyRevision save(Vocabulary vocabulary, String yaml, int basedOn, String author, Optional<String> message) {
    int current = newest(vocabulary).map(VocabularyRevision::number).orElse(0);
    if (basedOn != current) {
      throw new StaleVocabularyException(basedOn, current);
    }
    VocabularyRevision revision = new VocabularyRevision(vocabulary, current + 1, yaml, OffsetDateTime.now(clock), author, message);
    entityManager.persist(revision);
    try {
      entityManager.flush();
    } catch (PersistenceException e) {
      // Someone saved the same next revision a moment ago.
      throw new StaleVocabularyException(basedOn, current + 1);
    }
    changes.record(ChangeKind.VOCABULARY, vocabulary.code());
    // In effect on this instance as the save commits; the others follow the change log.
    changed.fire(new VocabularyChanged(java.util.Set.of(vocabulary.code())));
    audit.record(author, vocabulary.code() + ".save", vocabulary.code(),
        "revision " + revision.number() + revision.message().map(m -> ": " + m).orElse(""));
    return revision;
  }

  /** A save based on an older revision than the newest: 409, naming the newest. */
  public static final class StaleVocabularyException extends ProblemException {
    private static final long serialVersionUID = 1L;
    private final int current;

    StaleVocabularyException(int basedOn, int current) {
      super(409, "Edit conflict", "This save is based on revision " + basedOn + ", but revision " + current
          + " was saved since. Load revision " + current + ", make your change in it and save again.");
      this.current = current;
    }

    public int current() {
      return current;
    }
  }
}
