package app.guidepost.editing;

import app.guidepost.article.RevisionOrigin;
import app.guidepost.article.RevisionStamp;
import app.guidepost.audit.AuditLog;
import app.guidepost.changes.ChangeKind;
import app.guidepost.changes.ChangeLog;
import app.guidepost.terminology.Concept;
import app.guidepost.terminology.EditedConcept;
import app.guidepost.terminology.EditedConcepts;
import app.guidepost.terminology.Terminology;
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
 * Writes edited concepts as new revisions, each with its row locked so that concurrent saves of
 * one concept run one after the other, and records each in the change log in the same
 * transaction.
 */
@ApplicationScoped
class TermStore {

  @PersistenceContext(unitName = "guidepost")
  EntityManager entityManager;

  @Inject EditedConcepts concepts;
  @Inject Terminology terminology;
  @Inject ChangeLog changes;
  @Inject AuditLog audit;
  @Inject Clock clock;

  /** One concept to store: as it should be, whether retired, and the revision the editor started from. */
  record Change(Concept concept, boolean retired, Optional<Integer> basedOn) {}

  /** What storing one concept did: its revision now, and whether it was written (false when nothing changed). */
  record Stored(String id, int revision, boolean written, boolean created) {}

  /**
   * Stores every change in one transaction, as revisions of the same author and message.
   *
   * @throws PreconditionRequiredException a change without a base revision to a concept edited before
   * @throws StaleRevisionException a change based on a revision older than the current one
   */
  @Transactional
  List<Stored> store(List<Change> batch, String author, Optional<String> message, String auditAction) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    RevisionStamp stamp = new RevisionStamp(RevisionOrigin.EDITOR, now, author, message);
    List<Stored> stored = batch.stream().map(change -> store(change, stamp)).toList();
    stored.stream().filter(Stored::written).forEach(s -> {
      changes.record(ChangeKind.TERM, s.id());
      audit.record(author, auditAction, "term:" + s.id(), "revision " + s.revision() + message.filter(m -> !m.isBlank()).map(m -> ": " + m).orElse(""));
    });
    try {
      entityManager.flush();
    } catch (PersistenceException e) {
      // Two editors created the same new concept at once: the second one's row is a duplicate.
      throw new StaleRevisionException(0, 1);
    }
    return stored;
  }

  private Stored store(Change change, RevisionStamp stamp) {
    String id = change.concept().id();
    Optional<EditedConcept> existing = concepts.findForUpdate(id);
    int current = existing.map(EditedConcept::currentRevision).orElse(0);
    if (change.basedOn().isEmpty() && current > 0) {
      throw new PreconditionRequiredException(current);
    }
    if (change.basedOn().orElse(0) != current) {
      throw new StaleRevisionException(change.basedOn().orElse(0), current);
    }
    if (existing.isPresent()) {
      Optional<Integer> revision = existing.get().revise(change.concept(), change.retired(), stamp);
      return new Stored(id, revision.orElse(current), revision.isPresent(), false);
    }
    Optional<Terminology.Entry> inFiles = terminology.entry(id);
    if (inFiles.isPresent() && !change.retired() && inFiles.get().concept().equals(change.concept())) {
      return new Stored(id, 0, false, false);
    }
    concepts.add(EditedConcept.first(change.concept(), change.retired(), stamp));
    return new Stored(id, 1, true, inFiles.isEmpty());
  }
}
